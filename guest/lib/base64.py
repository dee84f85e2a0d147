"""Base16, Base32, Base64 (standard and URL-safe) and Base85 encodings, with CPython's API."""

import binascii as _binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode", "b16encode",
           "b16decode", "b85encode", "b85decode", "a85encode", "a85decode", "encodebytes",
           "decodebytes", "encode", "decode"]


def _bytes(s, what="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _translate(data, frm, to):
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in data)


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_SET = frozenset(_B64)


def b64encode(s, altchars=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    encoded = _binascii.b2a_base64(bytes(s))[:-1]
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be a bytes-like object of length 2")
        encoded = _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes(s)
    if altchars is not None:
        altchars = _bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be a bytes-like object of length 2")
        s = _translate(s, altchars, b"+/")
    if validate:
        body = s.rstrip(b"=")
        if any(c not in _B64_SET for c in body) or len(s) - len(body) > 2:
            raise _binascii.Error("Only base64 data is allowed")
    else:
        s = bytes(c for c in s if c in _B64_SET or c == 0x3D)
    # Padding rules as binascii.a2b_base64 in CPython: data is read up to the first "=" pad.
    body = s.split(b"=")[0]
    n = len(body)
    if n % 4 == 1:
        raise _binascii.Error(
            "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
            "than a multiple of 4" % n)
    pad = (-n) % 4
    if s[n:n + pad] != b"=" * pad:
        raise _binascii.Error("Incorrect padding")
    return _binascii.a2b_base64(body + b"=" * pad)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    s = bytes(s)
    out = []
    for i in range(0, len(s), 57):
        out.append(_binascii.b2a_base64(s[i:i + 57]))
    return b"".join(out)


def decodebytes(s):
    return b64decode(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32enc(alphabet, s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        for k in range(8):
            out.append(alphabet[(n >> (35 - 5 * k)) & 31])
        used = (len(chunk) * 8 + 4) // 5
        if used < 8:
            out[len(out) - 8 + used:] = b"=" * (8 - used)
    return bytes(out)


def _b32dec(alphabet, s, casefold, map01):
    s = _bytes(s)
    if len(s) % 8:
        raise _binascii.Error("Incorrect padding")
    if map01 is not None:
        s = s.replace(b"0", b"O").replace(b"1", _bytes(map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    if padchars not in (0, 1, 3, 4, 6):
        raise _binascii.Error("Incorrect padding")
    index = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            v = index.get(c)
            if v is None:
                raise _binascii.Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, "big")
    if padchars:
        out = out[:len(out) - {1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return bytes(out)


def b32encode(s):
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32dec(_B32HEX, s, casefold, None)


def b16encode(s):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _binascii.hexlify(bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _bytes(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise _binascii.Error("Non-base16 digit found")
    if len(s) % 2:
        raise _binascii.Error("Odd-length string")
    return _binascii.unhexlify(s)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, chars, pad, foldnuls=False, foldspaces=False):
    b = bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and word == 0:
            out += b"z"
        elif foldspaces and word == 0x20202020:
            out += b"y"
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out += bytes(reversed(digits))
    if padding and not pad:
        if out[-1:] == b"z":
            out = out[:-1] + chars[0:1] * 5
        out = out[:len(out) - padding]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    b = _bytes(b)
    index = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            v = index.get(c)
            if v is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        out = out[:len(out) - padding]
    return bytes(out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    res = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        res = b"<~" + res
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        res = b"\n".join(res[i:i + wrapcol] for i in range(0, len(res), wrapcol))
    if adobe:
        res += b"~>"
    return res


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    b = _bytes(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for v in group:
                    acc = acc * 85 + v
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += acc.to_bytes(4, "big")
                group = []
        elif c == 0x7A:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 0x79:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        padding = 5 - len(group)
        acc = 0
        for v in group + [84] * padding:
            acc = acc * 85 + v
        out += acc.to_bytes(4, "big")[:4 - padding]
    return bytes(out)


def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(_binascii.b2a_base64(s))


def decode(input, output):
    output.write(b64decode(input.read()))
