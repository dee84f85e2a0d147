# re: findall, finditer, split, fullmatch, sub/subn, escape, flags, named groups, groupdict, span (issue 14).
## case findall
import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"x", "abc"))
## case finditer-span
import re
for m in re.finditer(r"o+", "foo boo o"):
    print(m.group(), m.span(), m.start(), m.end())
## case split
import re
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"), re.split(r"\s+", "a b  c", maxsplit=1))
## case fullmatch-match-search
import re
print(bool(re.fullmatch(r"\d{3}", "123")), re.fullmatch(r"\d{3}", "1234"), re.match(r"b", "ab"), re.search(r"b", "ab").group())
## case sub-subn
import re
print(re.sub(r"\s+", " ", "a   b \t c"), re.subn(r"a", "A", "banana"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"), re.sub("a", "x", "aaa", count=2))
## case escape
import re
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.escape("hello_world"))
## case flags
import re
print(re.findall(r"^a\w+", "apple\nAvocado\nbanana", re.M | re.I), re.search(r"a.b", "a\nb", re.S).group() == "a\nb", re.findall(r"""\d + # digits
""", "12 34", re.X))
## case named-groups-groupdict
import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.groups(), m.group(0), m.lastindex, m.span("day"))
## case compiled-pattern
import re
p = re.compile(r"(\w+)@(\w+)\.com", re.IGNORECASE)
print(p.pattern, p.flags & re.I != 0, p.findall("A@B.com x@y.COM"), p.sub(r"\1", "me@site.com"), p.groups)
## case lookaround-and-backrefs
import re
print(re.findall(r"(?<=\$)\d+", "$10 $20 30"), re.findall(r"\b(\w+) \1\b", "the the cat sat sat"), re.sub(r"(?i)hello", "bye", "HeLLo"))
## case non-greedy-and-classes
import re
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"[^\W\d_]+", "héllo wörld 42"), re.findall(r"\bcat\b", "cat concat cat."))
## case match-object-repr-and-none
import re
m = re.search(r"b+", "abbc")
print(m, re.match("x", "y"), bool(m), m.string, m.re.pattern)
## case error
import re
try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__)
## case split-on-empty-and-groups-default
import re
print(re.split(r"\b", "a b"), re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"))
## case unicode-word
import re
print(re.findall(r"\w+", "naïve café 日本"), re.findall(r"(?a)\w+", "naïve"))
