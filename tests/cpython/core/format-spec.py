# The format-spec mini-language: fill/align, sign, #, 0, width, grouping, precision, types (issue 13 §8).
## case thousands-comma-int
print(f"{1234567:,}", f"{-1234567:,}", f"{1000:,}", f"{999:,}", format(10**12, ","))
## case thousands-comma-float
print(f"{1234567.891:,.2f}", f"{0.5:,.3f}", f"{-9876543.21:,}")
## case thousands-underscore
print(f"{1234567:_}", f"{0xFFFFFFFF:_x}", f"{255:_b}", f"{1234567.5:_.1f}")
## case percent-type
print(f"{0.256:%}", f"{0.256:.1%}", f"{1:.0%}", f"{-0.125:.2%}")
## case equals-align
print(f"[{-42:=8}]", f"[{42:=+8}]", f"[{-3.5:0=10.2f}]", f"[{7:*=6}]")
## case alternate-forms
print(f"{255:#x}", f"{255:#X}", f"{8:#o}", f"{5:#b}", f"{3.0:#g}", f"{3:#.0f}")
## case zero-padding
print(f"{42:05}", f"{-42:05}", f"{3.14159:08.3f}", f"{'ab':0>5}", f"{42:05d}")
## case fill-align
print(f"[{'x':<5}]", f"[{'x':>5}]", f"[{'x':^5}]", f"[{'x':*^6}]", f"[{12:<6}]", f"[{12:^7}]")
## case sign-options
print(f"{5:+}", f"{-5:+}", f"{5: }", f"{-5: }", f"{5:-}", f"{3.5:+.1f}")
## case general-and-exponent
print(f"{1234.5678:g}", f"{0.00001234:g}", f"{1e20:g}", f"{12345.678:e}", f"{12345.678:.2E}", f"{1.5:G}")
## case precision-strings
print(f"{'abcdef':.3}", f"[{'abcdef':>8.2}]", f"{3.14159:.3}", f"{1234.5:.3}")
## case int-types
print(f"{65:c}", f"{255:x}", f"{255:o}", f"{10:b}", f"{10:d}", f"{10:n}")
## case float-default-format
print(f"{1.0}", f"{1e16}", f"{0.1:}", f"{2.5:5}", f"{1e-7:f}", f"{123.456:.0f}")
## case nested-spec
w, p = 10, 3
print(f"[{3.14159265:{w}.{p}f}]", f"[{'hi':{'^'}{w}}]", f"[{42:{'>'}{w // 2}}]")
## case format-method-nested
print("[{:{}.{}f}]".format(2.71828, 9, 2), "[{0:{fill}{align}8}]".format("q", fill="-", align=">"))
## case grouping-with-width
print(f"[{1234567:>15,}]", f"[{1234567.5:015,.1f}]", f"[{-1234:08,}]")
## case format-errors
for spec in ["abc", ",s", "=5s"]:
    try:
        format("text", spec)
    except ValueError as e:
        print(type(e).__name__, e)
## case format-int-as-float
print(f"{3:.2f}", f"{3:e}", f"{3:%}", f"{True:.1f}")
## case custom-format-dunder
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or ',.2f'}}"
print(f"{Money(1234.5)}", f"{Money(3):.1f}", format(Money(2)))
## case format-none-and-bool
print(f"{None}", f"{None!r:>6}|", f"{True}", f"{False:>6}|", format(None))
## case rounding-half-even-in-format
print(f"{0.125:.2f}", f"{0.375:.2f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1.0005:.3f}")
## case big-int-format
print(f"{2**100:,}", f"{2**64:x}", f"{-2**70:_d}", f"{10**30:e}")
## case exact-float-digits
for v in [0.125, 0.375, 2.675, 1.005, 2.5, 0.1, 1e22, 5e-324, 1 / 3, 123456789.987654321]:
    print(f"{v:.2f}", f"{v:.0f}", f"{v:.17g}", f"{v:.3e}", f"{v:.25f}"[:30], f"{v:#.3g}")
## case long-precision
print(f"{0.1:.60f}", f"{1e300:.5e}", f"{2**-1074:.3e}", f"{1.7976931348623157e308:.0f}"[:20])
## case none-type-with-precision
print(f"{1234.5:.3}", f"{3.0:.3}", f"{0.0:.1}", f"{1e20:.3}", f"{0.0001:.2}", f"{123.0:.2}")
## case zero-padding-grouped
print(format(1234, "09,"), format(1234, "08,"), format(-1234, "010,"), format(1234.5, "012,.2f"), format(255, "012_x"))
## case negative-zero-z
print(f"{-0.0:.1f}", f"{-0.0:z.1f}", f"{-0.0001:z.2f}", f"{-0.5:z.0f}", f"{-1.5:z.0f}", f"{-0.0:z}")
## case inf-nan-specs
inf, nan = float("inf"), float("nan")
print(f"{inf:010}", f"{-inf:+.2f}", f"{nan:F}", f"{inf:E}", f"{nan:>6}", f"{inf:%}", f"{-nan:+}")
## case fill-unicode-and-center
print(f"[{'ab':é^7}]", f"[{12:→>6}]", f"[{'☃':*<4}]", f"[{-3.5:_^+10.2f}]")
## case big-int-specs
n = 2**100
print(f"{n:,}", f"{n:_x}", f"{-n:#o}", f"{n:e}", f"{n:>40_}", f"{n:b}"[:12])
## case char-type
print(f"{9731:c}", f"{65:5c}", f"{65:05c}", f"{97:<3c}|")
for bad in ["+c", "#c", ",c"]:
    try:
        format(65, bad)
    except ValueError as e:
        print(e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print(e)
## case spec-errors-exhaustive
cases = [(1, ",,"), (1, ",_"), (1, "_,"), (1, "."), (1, ".2"), (1, "z"), ("a", "+"), ("a", " "), ("a", "z"),
         ("a", "#"), ("a", "="), (1, "_n"), (1, ",x"), (1.0, ",n"), (1, "é"), (True, "s"), (None, ">5"),
         ([1], "s"), (1, "99999999999999999999"), (1.5, "c"), ("x", ","), (1.5, "xx")]
for v, s in cases:
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
## case bool-and-subclasses
class I(int):
    pass
class F(float):
    def __str__(self):
        return "F!"
print(format(True, ""), format(True, "d"), format(False, ">5"), format(I(255), "x"), format(F(2.5), ""), format(F(2.5), ".2f"))
## case object-format-errors
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(e)
## case format-builtin-arg-errors
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(format(3.5), format("s"), format(12, ""))
