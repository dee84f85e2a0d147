"""Secure hashes: md5, sha1, sha224, sha256, sha384, sha512 and new(), with CPython's object API
(update, digest, hexdigest, copy, name, digest_size, block_size). sha256 runs in MicroPython's C
code; the others are computed here in Python (fine for keys and short messages, slow for
megabytes)."""

from uhashlib import sha256 as _c_sha256
import struct as _struct

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new", "algorithms_available",
           "algorithms_guaranteed"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    try:
        view = memoryview(data)  # buffers only: bytes(42) would be 42 zero bytes
    except TypeError:
        raise TypeError("object supporting the buffer API required")
    return bytes(view)


class _Hash:
    """Buffers input into blocks and feeds them to the subclass's _compress."""

    def __init__(self, data=b""):
        self._h = list(self._IV)
        self._buf = b""
        self._len = 0
        if data:
            self.update(data)

    def update(self, data):
        data = self._buf + _as_bytes(data)
        self._len += len(data) - len(self._buf)
        bs = self.block_size
        end = len(data) - len(data) % bs
        for i in range(0, end, bs):
            self._compress(data[i:i + bs])
        self._buf = data[end:]

    def copy(self):
        c = object.__new__(type(self))
        c._h = list(self._h)
        c._buf = self._buf
        c._len = self._len
        return c

    def digest(self):
        c = self.copy()
        c._finish()
        return c._out()

    def hexdigest(self):
        return self.digest().hex()

    def _finish(self):
        bs = self.block_size
        lenbytes = bs // 8
        bitlen = self._len * 8
        pad = b"\x80" + b"\x00" * ((bs - lenbytes - 1 - len(self._buf)) % bs)
        tail = bitlen.to_bytes(lenbytes, self._len_order)
        data = self._buf + pad + tail
        for i in range(0, len(data), bs):
            self._compress(data[i:i + bs])
        self._buf = b""

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


class _MD5(_Hash):
    name = "md5"
    digest_size = 16
    block_size = 64
    _len_order = "little"
    _IV = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    def _compress(self, block):
        X = _struct.unpack("<16I", block)
        a, b, c, d = self._h
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + X[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & _M32
        h = self._h
        self._h = [(h[0] + a) & _M32, (h[1] + b) & _M32, (h[2] + c) & _M32, (h[3] + d) & _M32]

    def _out(self):
        return _struct.pack("<4I", *self._h)


def _md5_constants():
    import math

    return [int(abs(math.sin(i + 1)) * 4294967296.0) & _M32 for i in range(64)]


_MD5_K = _md5_constants()
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


class _SHA1(_Hash):
    name = "sha1"
    digest_size = 20
    block_size = 64
    _len_order = "big"
    _IV = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = list(_struct.unpack(">16I", block))
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._h
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
            a, b, c, d, e = t, a, _rotl32(b, 30), c, d
        h = self._h
        self._h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]

    def _out(self):
        return _struct.pack(">5I", *self._h)


def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        if all(k % p for p in found if p * p <= k):
            found.append(k)
        k += 1
    return found


def _iroot(n, k):
    # Largest x with x**k <= n (Newton's method on integers).
    x = 1 << ((len(bin(n)) - 2) // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _frac_bits(p, k, bits):
    # The first `bits` bits of the fractional part of p ** (1/k).
    return _iroot(p << (k * bits), k) & ((1 << bits) - 1)


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


class _SHA512(_Hash):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _len_order = "big"
    _IV = None

    def __init__(self, data=b""):
        if type(self)._IV is None:
            _sha512_setup()
        super().__init__(data)

    def _compress(self, block):
        w = list(_struct.unpack(">16Q", block))
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._h
        K = _SHA512_K
        for i in range(80):
            S1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[i] + w[i]) & _M64
            S0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._h = [(x + y) & _M64 for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _out(self):
        return _struct.pack(">8Q", *self._h)[: self.digest_size]


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48


_SHA512_K = None


def _sha512_setup():
    global _SHA512_K
    primes = _primes(80)
    _SHA512_K = [_frac_bits(p, 3, 64) for p in primes]
    _SHA512._IV = tuple(_frac_bits(p, 2, 64) for p in primes[:8])
    _SHA384._IV = tuple(_frac_bits(p, 2, 64) for p in primes[8:16])


class _SHA256:
    """sha256 from MicroPython's C code, kept repeatable: digest() hashes what was given so far."""

    name = "sha256"
    digest_size = 32
    block_size = 64

    def __init__(self, data=b""):
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        self._data.extend(_as_bytes(data))

    def copy(self):
        c = type(self)()
        c._data = bytearray(self._data)
        return c

    def digest(self):
        return _c_sha256(bytes(self._data)).digest()

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<sha256 _hashlib.HASH object @ 0x%x>" % id(self)


class _SHA224(_Hash):
    name = "sha224"
    digest_size = 28
    block_size = 64
    _len_order = "big"
    _IV = None

    def __init__(self, data=b""):
        if _SHA224._IV is None:
            primes = _primes(64)
            _SHA224._IV = tuple(_frac_bits(p, 2, 64) & _M32 for p in primes[8:16])
            _SHA224._K = [_frac_bits(p, 3, 32) for p in primes]
        super().__init__(data)

    def _compress(self, block):
        w = list(_struct.unpack(">16I", block))
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            s0 = _rotr32(x, 7) ^ _rotr32(x, 18) ^ (x >> 3)
            s1 = _rotr32(y, 17) ^ _rotr32(y, 19) ^ (y >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = self._h
        K = _SHA224._K
        for i in range(64):
            S1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + (ch & _M32) + K[i] + w[i]) & _M32
            S0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _out(self):
        return _struct.pack(">8I", *self._h)[:28]


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _ctor(cls):
    def make(data=b"", *, usedforsecurity=True):
        return cls(data)

    return make


md5 = _ctor(_MD5)
sha1 = _ctor(_SHA1)
sha224 = _ctor(_SHA224)
sha256 = _ctor(_SHA256)
sha384 = _ctor(_SHA384)
sha512 = _ctor(_SHA512)

_BY_NAME = {"md5": md5, "sha1": sha1, "sha224": sha224, "sha256": sha256, "sha384": sha384,
            "sha512": sha512}


def new(name, data=b"", **kwargs):
    ctor = _BY_NAME.get(name.lower())
    if ctor is None:
        raise ValueError("unsupported hash type " + name)
    return ctor(data)
