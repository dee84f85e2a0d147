# Keyword arguments wherever CPython's builtins accept them (issue 13 §6).
## case str-split-kwargs
print("a,b,,c".split(sep=","), "a b c d".split(maxsplit=2), "a-b-c".rsplit(sep="-", maxsplit=1))
## case splitlines-keepends
print("one\ntwo\r\nthree".splitlines(keepends=True), "x\ny".splitlines(True))
## case int-base-kw
print(int("ff", base=16), int("0o17", base=0), int(x="101", base=2) if False else int("101", base=2))
## case round-ndigits-kw
print(round(3.14159, ndigits=2), round(number=2.5), round(1234, ndigits=-2))
## case to-bytes-kwargs
print((1024).to_bytes(length=2, byteorder="big"), (-1).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", byteorder="big"), int.from_bytes(b"\xff\xff", "big", signed=True))
## case to-bytes-defaults
print((5).to_bytes(), int.from_bytes(b"\x05"))
## case encode-decode-kwargs
print("héllo".encode(encoding="utf-8"), b"h\xc3\xa9".decode(encoding="utf-8", errors="strict"))
print("naïve".encode("ascii", errors="replace"), b"a\xffb".decode("utf-8", errors="replace"))
## case min-max-default-key
print(min([], default=None), max([], default=-1), max(["aa", "b", "ccc"], key=len), min("bca", key=ord))
print(max(3, 9, 4, key=lambda v: -v))
## case sorted-kwargs
print(sorted(iterable=[3, 1]) if False else sorted([3, 1, 2], key=lambda v: -v, reverse=True))
## case print-kwargs
print("a", "b", sep="-", end="!\n")
import sys
print("x", file=sys.stdout, flush=True)
## case enumerate-start-kw
print(list(enumerate("abc", start=1)))
## case str-startswith-tuple
print("hello".startswith(("he", "x")), "hello".endswith(("lo", "q"), 1), "hello".find("l", 3))
## case dict-get-pop-kw-errors
d = {"a": 1}
print(d.get("b", 0), d.pop("b", None))
## case str-count-start-end
print("banana".count("a", 2), "banana".count("an", 0, 4), "banana".index("n", 3))
## case zip-strict
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print(type(e).__name__)
## case sum-start-kw
print(sum([1, 2, 3], start=10), sum([[1], [2]], start=[]))
## case pow-mod-kw
print(pow(3, 4, mod=5), pow(base=2, exp=10))
## case str-expandtabs-kw
print("a\tb".expandtabs(tabsize=4))
## case list-index-start
print([1, 2, 3, 2].index(2, 2), (1, 2, 3, 2).index(2, 2))
## case str-method-kwargs
print("a\tb".expandtabs(tabsize=2), "x".encode(encoding="ascii", errors="strict"), b"x".decode(errors="ignore"), b"ab".hex(sep="-"))
print("a b c".rsplit(maxsplit=1), "a b c".split(sep=None, maxsplit=1), b"a b".split(maxsplit=0), b"hello".translate(None, delete=b"l"))
## case round-exact
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5), round(3.5), round(-0.5))
print(round(1234.5678, -2), round(0.1, 400), round(1e300, -301), round(-0.0004, 3), round(12345, -2), round(0.5, None))
## case round-keywords
print(round(number=2.675, ndigits=2), round(3.7, ndigits=None), round(ndigits=1, number=0.25))
## case pow-keywords
print(pow(base=3, exp=4), pow(2, 10, mod=1000), pow(3, exp=2), pow(2, -1, 7), pow(38, -1, 97), pow(3, -2, 10))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
## case sum-start-forms
print(sum([1, 2], 10), sum([[1], [2]], start=[]), sum((0.1,) * 10), sum([], start=5))
## case print-flush-and-sep
print("a", "b", sep="-", end="!\n", flush=True)
print(flush=False)
