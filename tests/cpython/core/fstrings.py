# f-string forms: conversions with specs, =, !a, nesting, quotes, expressions (issue 13 §8 and §13).
## case conversion-then-spec
x = "hi"
print(f"[{x!r:>8}]", f"[{x!s:<6}]", f"[{x!r:^10}]")
## case self-documenting
x, y = 3, "q"
print(f"{x=}", f"{y=}", f"{x + 1=}", f"{x=:>5}", f"{y=!s}")
## case ascii-conversion
s = "naïve"
print(f"{s!a}", f"{s!r}", f"{[s]!a}")
## case expressions
d = {"k": [1, 2, 3]}
print(f"{d['k'][1] * 10}", f"{len(d)}", f"{'yes' if d else 'no'}", f"{sum(v for v in d['k'])}")
## case braces-escaped
print(f"{{}} {{{1}}}", f"{'{'}")
## case method-calls-and-attributes
class P:
    name = "ada"
print(f"{P.name.upper()} {P().name!r} {'x'.join('ab')}")
## case nested-fstring
items = [1.5, 2.25]
print(f"{', '.join(f'{v:.1f}' for v in items)}")
## case multiline-fstring
a = 5
print(f"""value:
{a:>4}
end""")
## case lambda-in-fstring
print(f"{(lambda v: v * 2)(21)}")
## case datetime-like-spec
class D:
    def __format__(self, spec):
        return "D<" + spec + ">"
print(f"{D():%Y-%m-%d}", f"{D():}")
## case fstring-with-dict-quotes
row = {"name": "ada", "age": 36}
print(f"{row['name']:>6} is {row['age']:03d}")
## case debug-with-spec-float
pi = 3.14159
print(f"{pi=:.2f}", f"{pi = }")
## case rf-and-fr-prefix
n = 3
print(rf"\d{n}", fr"{n}\n", Rf"x{n}")
## case conversion-repr-of-objects
class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v"
print(f"{V()} {V()!r} {V()!s}")
## case width-from-variable-str
for w in (3, 6):
    print(f"|{'ab':>{w}}|{7:<{w}}|")
## case debug-forms
x, name = 3.5, "ab"
print(f"{x=}", f"{x = }", f"{x=!s}", f"{x=:.3f}", f"{name=}", f"{name = !r:>6}", f"{x*2=}")
## case quotes-and-colons-in-fields
d = {"a:b": 1, "}": 2}
print(f"{d['a:b']}", f'{d["}"]}', f"{'x:y'}", f"{':'.join(['p', 'q'])}")
## case conversions-with-spec
v = "é"
print(f"[{v!r:>6}]", f"[{v!a:<8}]", f"[{3!s:^5}]", f"[{'q'!r:*^7}]")
## case nested-spec-expressions
w, p, fill = 12, 3, "."
print(f"[{3.14159:{fill}>{w}.{p}f}]", f"[{'x':{w//3}}]", f"[{2**20:{','}}]")
## case parens-and-conditionals
n = 4
print(f"{(n if n > 3 else 0):03}", f"{(lambda: 'L')()}", f"{[i for i in range(n) if i % 2]}")
