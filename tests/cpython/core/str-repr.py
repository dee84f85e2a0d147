# repr of strings keeps printable non-ASCII characters, escaping only what CPython escapes (issue 13 §11).
## case non-ascii-printable
print(repr("naïve 日本"), repr("€5"), repr("😀"))
## case in-containers
print(["é", "ü"], {"ключ": "значение"}, ("日",))
## case control-characters
print(repr("a\tb\nc\rd\x00e\x7f\x1b"))
## case non-printable-unicode
print(repr("\u200b\u00a0\u2028\ufeff\x85"))
## case quote-choice
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"))
## case surrogate-and-private
print(repr("\ue000"), repr("\U0010ffff"), repr("\u0301"))
## case str-vs-repr-print
s = "café"
print(s, repr(s), str([s]), f"{s!r}")
## case json-ensure-ascii-contrast
import json
print(json.dumps("café"), json.dumps("café", ensure_ascii=False))
## case mixed-scripts
print(repr("naïve 日本"), repr("Ωμέγα"), repr("Привет"), repr("عربى"), repr("한국어"))
## case escapes-kept
print(repr("\x80\x9f\xa0\xad"), repr("\u2028\u2029"), repr("\U000e0001"), repr("\ud7ff"), repr("\uffff"))
## case quotes-with-unicode
print(repr("l'été"), repr('«"»'), repr("'\"é"))
## case repr-of-containers-nested
print({"é": ["ü", ("日",)]}, repr(["\u200b"]))
