# %-formatting: mapping keys, flags, *, types (issue 13 §8).
## case mapping
print("%(name)s is %(age)d years" % {"name": "Ada", "age": 36})
print("%(x).2f|%(x)8.3f" % {"x": 3.14159})
## case flags
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%#x] [%#o] [%X]" % (42, 42, 42, 42, 42, 255, 255, 8, 255))
## case star-width
print("[%*d] [%-*s] [%.*f]" % (5, 42, 4, "ab", 2, 3.14159))
## case floats
print("%f %e %g %.3g %10.4f %E %G" % (1.5, 12345.678, 0.00001, 1234.5, 3.14159, 1.5, 1e-10))
## case repr-and-ascii
print("%r %a %s" % ("é", "é", "é"))
## case percent-literal-and-char
print("100%% done %c%c" % ("x", 65))
## case tuple-arg-errors
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
## case single-non-tuple
print("%s" % [1, 2], "%s" % (1,), "%s|%s" % ("a", None))
