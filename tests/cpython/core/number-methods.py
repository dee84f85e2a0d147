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
