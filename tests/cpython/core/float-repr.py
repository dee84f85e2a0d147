# repr and str of floats as CPython's: the shortest digits that read back as the same double
# (guest/patches/0091-float-repr.patch).
## case simple-values
print(0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1, 2.675, 0.69, 8.2, 9.7, 0.0009800000000000002)
print(repr(1.0), repr(-1.0), repr(100.0), repr(1.5), repr(-0.0), repr(0.0), str(0.25))
## case exponent-thresholds
print(1e15, 1e16, 1e17, 123456789012345678.0, 9999999999999998.0, 1234567890123456.7)
print(1e-4, 1e-5, 0.00012345, 0.000012345, 1.5e-7, -1e-05, 1e-10, 1e100, 1e-100)
## case extremes-and-subnormals
print(5e-324, 1e-323, 2.5e-310, 2.2250738585072014e-308, 2.225073858507201e-308)
print(1.7976931348623157e308, -1.7976931348623157e308, 4.9406564584124654e-324 * 3)
## case powers-of-two
print([2.0 ** k for k in range(-110, -80, 3)])
print([2.0 ** k for k in range(50, 80, 3)])
print(2.0 ** -1074, 2.0 ** -1022, 2.0 ** 1023, 2.0 ** 60)
## case decimal-fractions
print([i / 10 for i in range(1, 40)])
print([i / 100 for i in range(1, 40)])
print([i * 1e-5 for i in range(1, 30)])
## case thirds-and-sevenths
print([i / 3 for i in range(1, 20)], [i / 7 for i in range(1, 12)])
print([i / 3 * 10.0 ** (i * 7 - 60) for i in range(1, 18)])
## case from-bit-patterns
import struct
x = 7
out = []
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    bits = x
    if i % 3 == 0:
        bits = (bits & 0x800FFFFFFFFFFFFF) | ((1023 + (i % 80) - 40) << 52)
    elif i % 3 == 1:
        bits = (bits & 0x800FFFFFFFFFFFFF) | (((i * 7) % 2046 + 1) << 52)
    out.append(repr(struct.unpack("<d", struct.pack("<Q", bits))[0]))
for k in range(0, 400, 8):
    print(" ".join(out[k:k + 8]))
## case subnormal-bit-patterns
import struct
x = 3
out = []
for i in range(120):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    bits = x & (0x000FFFFFFFFFFFFF >> (i % 52))
    out.append(repr(struct.unpack("<d", struct.pack("<Q", bits))[0]))
for k in range(0, 120, 6):
    print(" ".join(out[k:k + 6]))
## case round-trip
import struct
x = 11
ok = 0
for i in range(500):
    x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    if (x >> 52) & 0x7FF == 0x7FF:
        continue
    f = struct.unpack("<d", struct.pack("<Q", x))[0]
    ok += float(repr(f)) == f and eval(repr(f)) == f
print(ok)
## case containers-and-format
print([0.1, 1e16, -0.0], (1e-5,), {1.5: 2.5e-8}, complex(0.1, 1e16), complex(-0.0, 5e-324))
print("%s %r" % (0.1, 1 / 3), "{} {!r}".format(1e22, 2.675), f"{0.7} {1e-7!r}", str(1e300 * 10))
## case special-values
print(float("inf"), float("-inf"), float("nan"), repr(float("-0.0")), float(" 1e5 "), float("1_0.2_5"))
print(float("Infinity"), float("-iNF"), float("+nan"), 1e308 * 10, -1e308 * 10)
## case integral-floats
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 15), float(10 ** 16), float(-10 ** 22), 1e23, 9007199254740993.0)
## case just-below-powers-of-ten
print([10.0 ** k * (1 - 2.0 ** -53) for k in range(-12, 23, 3)])
print(0.9999999999999999, 0.09999999999999999, 9.999999999999998, 99.99999999999999, 1e23 * (1 - 2.0 ** -53))
