"""Binary/ASCII conversions: MicroPython's built-in binascii plus binascii.Error, b2a_base64's
newline=, hexlify's sep=, b2a_hex/a2b_hex, with CPython's errors."""

from ubinascii import *
from ubinascii import a2b_base64 as _a2b, b2a_base64 as _b2a, hexlify as _hexlify, \
    unhexlify as _unhexlify


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def a2b_base64(data, *, strict_mode=False):
    if isinstance(data, str):
        data = data.encode("ascii")
    try:
        return _a2b(data)
    except ValueError as e:
        raise Error(str(e) or "Incorrect padding")


def b2a_base64(data, *, newline=True):
    r = _b2a(data)
    return r if newline else r[:-1]


def hexlify(data, sep=None, bytes_per_sep=1):
    h = _hexlify(data)
    if sep is None or not data:
        return h
    if isinstance(sep, str):
        sep = sep.encode()
    step = 2 * abs(bytes_per_sep)
    if bytes_per_sep > 0:
        # Groups are counted from the right, as CPython does.
        first = len(h) % step or step
        parts = [h[:first]] + [h[i:i + step] for i in range(first, len(h), step)]
    else:
        parts = [h[i:i + step] for i in range(0, len(h), step)]
    return sep.join(parts)


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        hexstr = hexstr.encode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return _unhexlify(hexstr)
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify
