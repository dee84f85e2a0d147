import re
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w+)@", "x@ y@"))
print(re.findall(r"a{2,3}", "a aa aaa aaaa"), re.findall(r"\b\w+\b", "Hi, you there!"), re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"o", "foo boo")], [m.group() for m in re.finditer(r"\w+", "ab cd")])
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "a b  c", maxsplit=1), re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"), re.split("[,;]", "a;b,c;"), re.split(r"(?:,)", "1,2"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub("x*", "-", "abxd"), re.subn(r"a", "A", "banana"), re.sub(r"a", "A", "banana", count=2), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ac ab"), re.sub("", "-", "abc"), re.sub(r"\s+", " ", "  a \n\t b  "))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe extra")
print(m.group(), m.group(1), m.group("last"), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1), sorted(m.groupdict().items()))
print(m["first"], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, repr(m), m.expand(r"\2, \1"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"), re.fullmatch(r"a|ab", "ab"))
print(re.search(r"(?i)hello", "Say HeLLo").group(), re.search(r"HELLO", "say hello", re.I).span(), re.findall(r"[a-c]+", "ABCabc", re.IGNORECASE))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\n", re.M), re.findall(r"\w+$", "one\ntwo\n"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group(), re.search(r"(?s:a.b)", "a\nb") is not None)
print(re.findall(r"""\d+  # digits
                   \.? # optional dot""", "1. 22 3.", re.X))
print(re.findall(r"\w+(?=!)", "hi! yo ok!"), re.findall(r"\b(?!no)\w+", "no yes nope sure"), re.findall(r"(?<=\$)\d+", "$10 and 20 $30"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<c>\w)(?P=c)", "xyzzy").group("c"), re.findall(r"(a|b)*c", "abac bc c"))
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(a|)+b", "aab").group(), re.match(r"(?:x|y){2}z", "xyz").group())
print(re.search(r"\d+?", "12345").group(), re.search(r"<.*?>", "<a><b>").group(), re.search(r"<.*>", "<a><b>").group(), re.search(r"a{2,}?", "aaaa").group())
print(re.findall(r"[\w.-]+@[\w-]+\.[a-z]{2,}", "mail bob.smith@example.com or x-y@foo.org now"))
print(re.findall(r"\s", "a b\tc\nd"), re.findall(r"[^\W\d]+", "ab12cd"), re.findall(r"[\d-]+", "12-34 5"), re.findall(r"[]a]", "]a"))
print("|".join(re.findall(r"\x41\u00e9\t", "A\xe9\t")), "|".join(re.findall(r"é+", "ééé e")), "|".join(re.findall(r"\w+", "naïve café — 42½ x²")), re.findall(r"\w+", "naïve", re.A))
print("|".join(re.findall(r"\d+", "x٣٤ 12 ５")), re.findall(r"\s+", "a\u3000b\xa0c"), len(re.findall(r"\W", "é—€😀")))
print(re.escape("a.b*c?d (x) [y] {z} 1+1=2 $5 ^ | \\ #&~"), re.escape("hello_world-1"))
p = re.compile(r"(\d+)-(\d+)")
print(p, p.pattern, p.groups, p.groupindex, p.match("10-20").groups(), p.search("x 3-4 y").span(), p.sub(r"\2-\1", "1-2 3-4"))
print(re.compile("a", re.I | re.M), sorted(re.compile(r"(?P<x>a)(?P<y>b)").groupindex.items()), re.compile("x").flags, re.compile("x", re.A).flags)
print(p.search("1-2 3-4", 2).group(), p.match("1-2", 0, 2), re.compile(r"^a").search("ba", 1), re.compile(r"$").search("ab\n").span())
print(re.match(r"a", "ba"), re.search(r"z", "abc"), re.compile(r"\d").findall("a1b2", 2), bool(re.match("", "")))
print(re.findall(r"(\d)(?:px)?", "1px 2 3px"), re.split(r"(\d)|x", "a1bxc"), re.findall(r"\Aab|cd\Z", "ab cd"))
for bad in (r"(", r")", r"[a", r"*a", r"a**", r"(?P<n>a)(?P<n>b)", r"\q", r"(?<=a+)b", r"a{3,2}", r"\2(a)"):
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error", e, "|", e.msg, e.pos)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("error", e)
print(re.purge(), isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match))
bp = re.compile(rb"(\w+)=(\d+)")
m = bp.search(b"x a=12 b=3")
print(m.group(), m.groups(), m.span(1), bp.findall(b"a=1 b=22"), bp.sub(rb"\2:\1", b"k=7;j=8"), re.split(rb",", b"a,b"), bp.flags, re.compile(b"a").flags)
print(re.sub(b"a", b"-", b"banana"), re.fullmatch(rb"\d+", b"123").group(), re.escape(b"a.b"), re.findall(rb"[\x80-\xff]", b"a\xe9b"))
for bad in (lambda: re.search(b"a", "a"), lambda: re.search("a", b"a"), lambda: re.sub(b"a", "x", b"a")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
from collections import namedtuple
NT = namedtuple("NT", "a b")
print(NT(1, 2) + NT(3, 4), NT(1, 2) + (5,), NT(1, 2) * 2)
