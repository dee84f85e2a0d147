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
## case int-precision-and-flags
print("[%.3d] [%5.3d] [%-6.2d] [%+.3d] [%#x] [%#X] [%#o] [%x] [%05x]" % (5, 5, 5, 5, 255, 255, 8, -255, 255))
## case float-conversions-exact
print("%.2f %.0f %.0f %.3e %g %#g %#.0f %.20g" % (2.675, 0.5, 1.5, 1.0005, 1e-5, 1.0, 3.0, 0.1))
## case numbers-from-other-types
print("%d %i %d %.1f %s %r" % (3.99, True, -2.5, 7, True, None))
## case percent-errors
for fmt, args in [("%y", 1), ("%(a)s", 5), ("%", ()), ("%x", 1.5), ("%d", "x"), ("%c", "ab"), ("%f", "x"),
                  ("%*d", ("x", 1)), ("%(a", {"a": 1}), ("abc", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
## case mapping-and-star
print("%(a)-5s|%(b)05.1f|%%" % {"a": "x", "b": 2.25}, "%-*d|" % (6, 42), "%.*s" % (2, "abcdef"))
## case bytes-percent
print(b"%s-%d-%x-%5.2f|%-4s|" % (b"ab", 7, 255, 1.5, b"q"))
