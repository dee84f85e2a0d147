# int and float methods CPython 3.11 has (issue 13 §7).
## case int-bit-length
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (10**20).bit_length())
## case int-bit-count
print((0b1011).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count())
## case int-as-integer-ratio
print((7).as_integer_ratio(), (-3).as_integer_ratio())
## case int-attributes
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
## case float-is-integer
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
## case float-as-integer-ratio
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
## case float-hex-fromhex
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
## case float-repr-shortest
print(0.1 + 0.2, 1 / 3, 1e16, 1.5e-7, 123456789.123, 2.0 ** 60, 1e22, 5e-324)
## case float-special
print(float("inf"), float("-inf"), float("nan"), float(" 1_000.5 "), repr(-0.0))
## case float-round
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7.0))
## case int-from-strings
print(int(" 42 "), int("-0b101", 0), int("1_000"), int("٣٤"), int(3.99), int(-3.99))
## case int-errors
for bad in ["4.5", "", "0x", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
## case divmod-floor
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), -7.5 // 2)
## case float-int-conversion-errors
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
## case complex-basics
z = complex(3, 4)
print(abs(z), z.conjugate(), z * 1j, repr(complex(1, -0.5)), complex("1+2j"))
## case float-str-of-ints
print(float(10**16), 1e100, float(2**53 + 1), 3.0, -1e-5)
## case int-pow-and-truediv
print(2 ** -1, 10 ** 20 / 3, 7 / 7, (-8) ** (1 / 3) if False else 0, 2 ** 0.5)
## case float-comparisons-with-int
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 * 3 == 0.3, hash(1.0) == hash(1))
## case int-bit-length-edges
print([(x).bit_length() for x in (1, -1, 2**30 - 1, 2**30, -2**30, 2**31, 2**62, 2**64 - 1, -2**64, 10**100)])
## case int-bit-count-big
print((2**64 + 5).bit_count(), (-2**100).bit_count(), (10**30).bit_count(), (0).bit_count())
## case int-ratio-and-attributes-big
x = -10**25
print(x.as_integer_ratio(), x.real, x.imag, x.numerator, x.denominator, x.conjugate())
print((7).__index__(), (-2**70).__index__(), int.__index__(9), (5).__int__())
## case int-to-bytes-defaults
print((5).to_bytes(), (255).to_bytes(1), (256).to_bytes(2), (1).to_bytes(4, "little"))
print((1024).to_bytes(length=4, byteorder="little"), (65535).to_bytes(2, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, signed=True))
print((2**70).to_bytes(9, "big"), (-2**70).to_bytes(10, "little", signed=True), (0).to_bytes(0, "big"))
## case int-to-bytes-errors
for args, kw in [((1, "big"), {}), ((2, "middle"), {}), ((-1, "big"), {}), ((1,), {"signed": True})]:
    for v in (256, -1, 128, 2**80):
        try:
            print(v.to_bytes(*args, **kw))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
## case int-from-bytes
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytes=b"\x80", byteorder="big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\x00" * 10 + b"\x05", "big"), int.from_bytes(b"\xff" * 12, "little", signed=True), int.from_bytes(b"\xff" * 12, "little"))
print(int.from_bytes(bytearray(b"\x12\x34"), "little"), int.from_bytes(b"\x7f\xff\xff\xff", "big", signed=True))
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(e)
## case int-bytes-round-trip
ok = True
for v in [0, 1, -1, 127, -128, 255, 2**31 - 1, -2**31, 2**63, -2**63, 12345678901234567890]:
    n = (v.bit_length() + 8) // 8
    for order in ("big", "little"):
        ok = ok and int.from_bytes(v.to_bytes(n, order, signed=True), order, signed=True) == v
print(ok)
## case int-parsing
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("1_000"), int(" 42 "), int("-7"), int("+7"))
print(int("ff", 16), int("Zz", 36), int("1_0", 0), int("  0x_1f  ", 16), int("0", 0), int(b"12"))
for s, base in [("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("", 10), (" ", 10), ("12", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
## case int-from-floats
print(int(3.9), int(-3.9), int(1e20), int(-2.5e18), int(1e300) == 10**300, int(2.0**100) == 2**100, int(-0.0))
## case pow-divmod-negatives
print(pow(2, -1), pow(-2, -2), 2 ** -3, pow(3, 4, 5), pow(-3, 3, 7), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
big = 10**30 + 7
print(-big // 7, -big % 7, big // -7, big % -7, divmod(-big, 10**15 + 3), (-big) // (-3), -(2**100) % 3)
## case round-ints
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1), round(15, -1), round(25, -1), round(10**20 + 5, -1))
print(round(7), type(round(7, 1)).__name__, round(-10**25 + 500, -3))
## case float-methods-more
print((1e300).is_integer(), float("inf").is_integer(), float("nan").is_integer(), (0.5).is_integer())
print((1e300).as_integer_ratio()[0] == 10**300 // 1 if False else (1e300).as_integer_ratio()[1], (0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
print((2.5).conjugate(), (2.5).real, (2.5).imag, (-0.0).real)
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
## case float-hex-more
print((0.0).hex(), (-0.0).hex(), (5e-324).hex(), (2.2250738585072014e-308).hex(), (1.7976931348623157e308).hex())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex(), (1 / 3).hex(), (1e100).hex(), (-123.456).hex())
## case float-fromhex-more
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"), float.fromhex(" -0X1.FFFFFFFFFFFFFp1023 "))
print(float.fromhex("inf"), float.fromhex("-Infinity"), float.fromhex("nan"), float.fromhex("1"), float.fromhex("a.8"), float.fromhex(".8p1"))
print(float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"), float.fromhex("0x1.000000000000080001p0"))
print(float.fromhex("0x0.0000000000001p-1022"), float.fromhex("0x1.fffffffffffffp-1023"), float.fromhex("0x123456789abcdef0123p-40"))
for bad in ["", "0x", "1p", "0x1.2.3", "1q", "0x1p+1024", "0x2p1023"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
## case float-hex-round-trip
import math
import struct
x = 5
ok = 0
for i in range(300):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    if (x >> 52) & 0x7FF == 0x7FF:
        continue
    f = struct.unpack("<d", struct.pack("<Q", x))[0]
    n, d = f.as_integer_ratio()
    ok += float.fromhex(f.hex()) == f and d & (d - 1) == 0 and math.ldexp(n, 1 - d.bit_length()) == f
print(ok)
## case int-true-division-big
print(10**400 / 10**399, (2**1100 + 1) / 2**1090, 1 / 2**1074, 3 / 10**400, -(10**30) / 7)
## case float-hash-integral
print(hash(1.0) == hash(1), hash(-5.0) == hash(-5), hash(1e20) == hash(10**20), hash(2.0**70) == hash(2**70), hash(0.0) == hash(-0.0) == hash(0))
print(len({1: "a", 1.0: "b", 10**20: "c", 1e20: "d"}), {2**40: 1}.get(2.0**40))
## case math-floor-ceil-big
import math
print(math.floor(1e20) == 10**20, math.ceil(-1e20) == -10**20, math.trunc(1.5e30) == int(1.5e30), math.floor(2.5), math.ceil(2.5), math.trunc(-2.5))
print(math.floor(1e20), type(math.floor(1e20)).__name__, math.ceil(1e300) == 10**300 or math.ceil(1e300) == int(1e300))
## case float-round-method
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), round(1.5), round(-0.5), round(0.125, 2), round(1e300, -300) == 1e300)
## case round-floats-correct
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(-2.5), round(0.5, 0), round(-0.5, 0))
print(round(1234.5678, -2), round(5e-324, 400), round(1e-300, 5), round(-1e-300, 5), round(123.456, 10), round(0.1 + 0.2, 15))
print(round(2.675, None), round(7.5, None), round(1e300, -300), round(1.5e300, -300), round(-0.0, 2), round(float("inf"), 2))
print([round(i / 8, 2) for i in range(-8, 9)], [round(x * 0.1, 1) for x in range(20)])
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
