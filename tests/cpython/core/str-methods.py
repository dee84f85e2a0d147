# str methods CPython 3.11 has (issue 13 §7).
## case title
print("hello wORLD, it's 3rd-time".title(), "ñandú élan".title())
## case capitalize
print("hELLO World".capitalize(), "élan".capitalize(), "".capitalize())
## case swapcase
print("Hello World ñ".swapcase())
## case casefold
print("Straße".casefold(), "HELLO".casefold() == "hello")
## case ljust-rjust
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "*") + "]", "[" + "abcdef".ljust(3) + "]")
## case center-fill
print("[" + "ab".center(7, "-") + "]", "[" + "abc".center(6) + "]", "[" + "x".center(4, "é") + "]")
## case zfill
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
## case expandtabs
print("a\tbc\tdef\tg".expandtabs(), "1\t22\t333".expandtabs(4))
## case isalnum
print("abc123".isalnum(), "abc 123".isalnum(), "".isalnum(), "ñ1".isalnum())
## case isdecimal-isnumeric
print("123".isdecimal(), "½".isnumeric(), "½".isdecimal(), "٣".isdecimal(), "12a".isnumeric())
## case isidentifier
print("valid_name".isidentifier(), "2bad".isidentifier(), "ñame".isidentifier(), "".isidentifier())
## case isprintable
print("hello".isprintable(), "a\nb".isprintable(), "".isprintable(), "é".isprintable())
## case istitle
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
## case isascii
print("abc".isascii(), "é".isascii(), "".isascii())
## case removeprefix-removesuffix
print("unhappy".removeprefix("un"), "filename.txt".removesuffix(".txt"), "abc".removeprefix("x"))
## case translate-maketrans
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}))
## case format-map
print("{name} is {age}".format_map({"name": "Ada", "age": 36}))
class Default(dict):
    def __missing__(self, key):
        return "?"
print("{a}-{b}".format_map(Default(a=1)))
## case partition
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
## case strip-chars
print("xxhixx".strip("x"), "  hi ".lstrip(), "hi!!".rstrip("!"), "abcba".strip("ab"))
## case split-whitespace
print("  a  b\tc\n d ".split(), "a b c".split(None, 1), " a b ".rsplit(None, 1))
## case join-errors
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
## case find-rfind-index
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.index("p"), s.rindex("s"), s.find("z"))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
## case replace-count
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"))
## case upper-lower-unicode
print("straße".upper(), "ÉCOLE".lower(), "ǅ".lower())
## case startswith-endswith
print("filename.py".endswith((".py", ".txt")), "abc".startswith("b", 1), "abc".startswith(""))
## case str-multiply-contains
print("ab" * 3, "-" * 0, "b" in "abc", "" in "abc")
## case isspace-isdigit
print(" \t\n".isspace(), "".isspace(), "123".isdigit(), "²".isdigit(), "Ab".isupper(), "ab".islower())
## case str-comparisons
print("apple" < "banana", "Z" < "a", "é" > "z", sorted(["b", "A", "a", "B"]))
## case str-iteration-and-ord
print([ord(c) for c in "aé日"], chr(9731), chr(0x1F600) == "😀")
## case count-overlap
print("aaaa".count("aa"), "".count(""), "abc".count(""))
## case splitlines-variants
print("a\rb\nc\r\nd\x0be\x0cf\x1cg\u2028h".splitlines())
## case str-format-method
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x[0]} {y.real}".format(x=[9], y=3))
print("{:>{w}}|".format("r", w=4), "{{literal}}".format())
## case str-constructor
print(str(b"abc", "ascii"), str(), str(12.5), str([1, "a"]), str(b"x"))
## case unicode-case-mapping
print("Ωμέγα".upper(), "ПРИВЕТ".lower(), "привет мир".title(), "ﬁne".upper(), "ŉ".upper(), len("İ".lower()))
print("ǆ".title(), "ǅ".swapcase(), "ǈ".upper(), "ǈ".lower(), "ᾳ".title(), "ᾳ".upper(), "ＡＢＣ".lower())
## case final-sigma
print("ΣΑΣ".lower(), "AΣ".lower(), "AΣB".lower(), "Σ".lower(), "A Σ".lower(), "ΣΑΣ ΣΑΣ".title())
## case unicode-predicates
print("éA".isupper(), "Éa".islower(), "ÉCOLE".isupper(), "école".islower(), "Ǉ".istitle(), "ǅungla".istitle())
print("日本".isalpha(), "٣".isdigit(), "²".isdecimal(), "Ⅷ".isnumeric(), "１２３".isdigit(), "Ⅷ".isalpha())
print("\u3000".isspace(), "\x1c".isspace(), "\x85".isspace(), "\u200b".isspace(), "ß".islower(), "ª".islower())
## case case-predicates-edges
print("".isupper(), "".islower(), "".istitle(), "A1".isupper(), "1".isupper(), "a_b".islower(), "Ab Cd".istitle())
print("they're bill's".title(), "123abc".title(), "HELLO wORLD".capitalize(), "ß".capitalize(), "ǆemal".capitalize())
## case casefold-swapcase-unicode
print("ΣΑΣ".casefold(), "ﬁ".casefold(), "Ꭰ".casefold(), "µ".casefold(), "aBc".swapcase(), "ß".swapcase(), "Ǆ".swapcase())
## case isidentifier-unicode
print("_x1".isidentifier(), "x-y".isidentifier(), "\u0300x".isidentifier(), "x\u0300".isidentifier(), "日本".isidentifier(), "①".isidentifier())
## case isprintable-unicode
print("\t".isprintable(), " ".isprintable(), "\xa0".isprintable(), "\u3000".isprintable(), "😀".isprintable(), "\xad".isprintable(), "\ue000".isprintable())
## case isalnum-isascii-edges
print("a1".isalnum(), "½".isalnum(), "a_".isalnum(), "".isascii(), "\x7f".isascii(), "\x80".isascii())
## case split-unicode-whitespace
print("a b\u3000c\xa0d\x1ce".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("a".rsplit(None, 0), "  ".rsplit(), " a b ".rsplit(maxsplit=0), " a b ".split(maxsplit=0), "日 本 語".rsplit(None, 1))
## case rsplit-separator
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", 0), ",a,".rsplit(","), "aaa".rsplit("aa", 1), "a--b--c".rsplit("--", maxsplit=1))
## case split-kwarg-errors
for call in (lambda: "abc".split(sep=""), lambda: "a b".split(maxsplit="1"), lambda: "a b".split(None, 1, 2), lambda: "a b".split(foo=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
## case splitlines-keepends-edges
print("".splitlines(), "\n".splitlines(), "a\r\n\r\nb\r".splitlines(True), "abc".splitlines(keepends=1), "a\u2029b\x85c\x0bd".splitlines(True))
## case justify-unicode
print("[" + "é".ljust(3, "*") + "]", "[" + "日本".rjust(4) + "]", "[" + "ab".center(1) + "]", "[" + "x".center(2, "é") + "]")
## case justify-errors
for call in (lambda: "ab".center(5, "xy"), lambda: "ab".ljust(5, 1), lambda: "ab".ljust("5"), lambda: "ab".rjust(4, "")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
print("ab".ljust(5, "€"), "ab".rjust(-1))
## case zfill-edges
print("-0042".zfill(7), "".zfill(3), "日".zfill(3), "+".zfill(3), "--1".zfill(4), "1".zfill(-1))
## case expandtabs-edges
print(repr("a\tb\n\tc\r\td".expandtabs(3)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(4)), repr("ab".expandtabs(tabsize=-1)))
## case removeprefix-edges
print("abc".removeprefix(""), "abc".removesuffix("abc"), "aaa".removeprefix("aa"), "é-x".removeprefix("é"))
try:
    "abc".removeprefix(1)
except TypeError as e:
    print(type(e).__name__)
## case translate-edges
print("abc".translate(str.maketrans({"a": "AA", "b": None})), "éa".translate({233: "e"}), "abc".translate({97: 66}), "abc".translate([]))
for table in ({97: 1.5}, {97: 0x110000}):
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
class Upper:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return chr(k).upper()
print("abc".translate(Upper()))
## case maketrans-forms
print(sorted(str.maketrans("ab", "cd").items()), sorted(str.maketrans("a", "b", "xy").items(), key=str))
print(sorted(str.maketrans({"a": "1", 98: None}).items(), key=str), str.maketrans("é", "e"))
for args in (("ab", "c"), (1,), ({"ab": 1},), ({1.5: 1},)):
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
## case format-map-dict
print("a{b}c{{d}}".format_map({"b": 1}), "{a:>{w}}|".format_map({"a": 3, "w": 4}), "{x!r}".format_map({"x": "q"}))
for fmt in ("{0}", "{}", "{missing}"):
    try:
        fmt.format_map({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__)
## case encode-codecs
print("a".encode("latin-1"), "é".encode("latin_1"), "é".encode("ISO-8859-1"), "é".encode("ASCII", "ignore"), "é€".encode("ascii", "backslashreplace"))
print("é😀".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "replace"), "é".encode("utf8"), "€".encode("latin-1", errors="replace"))
## case decode-codecs
print(b"\xe9".decode("latin-1"), b"a\xffb\xc3".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"\xff\xfe".decode(errors="backslashreplace"))
print(b"\xe2\x82\xac".decode(), b"\xf0\x9f\x98\x80".decode("UTF-8"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xc0\xaf".decode(errors="replace"))
## case unicode-decode-error
for b in (b"\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"abc\xed\xa0\x80", b"\x80abc"):
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e, "|", e.start, e.end, e.reason, e.encoding, e.object)
try:
    b"ab\xff".decode("ascii")
except ValueError as e:
    print(type(e).__name__, e)
## case unicode-encode-error
for s, enc in (("aé", "ascii"), ("aéü€b", "ascii"), ("€", "latin-1"), ("😀", "ascii")):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.start, e.end, e.reason, e.object, isinstance(e, UnicodeError), isinstance(e, ValueError))
## case codec-lookup-errors
for call in (lambda: "a".encode("rot13x"), lambda: b"a".decode("nope"), lambda: "é".encode("ascii", "nope")):
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)
print("a".encode("ascii", "nope"))
## case str-bytes-constructors-codecs
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"a\xff", "utf-8", "ignore"), bytes("é", "latin-1"), bytes("x", "utf-8", "strict"), bytearray("é", "utf-8"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
## case join-error-types
for sep, items in ((",", [1]), (",", ["a", 2]), (",", [b"x"]), (b",", [b"a", "b"])):
    try:
        sep.join(items)
    except TypeError as e:
        print(e)
print("x".join("abc"), "".join([]), "-".join(iter(["a", "b"])))
## case find-count-slices
print("abcab".count("ab", -2), "abcab".find("ab", 1, -1), "abcab".rindex("ab", 0, 4), "résumé".find("é", 2), "résumé".count("é", 0, 2))
print("abc".startswith(("x", "a"), 0, 1), "abc".endswith("c", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
## case partition-edges
print("ab".partition("ab"), ("a" * 3).rpartition("a"), "a=b".rpartition("x"))
try:
    "ab".partition("")
except ValueError as e:
    print(type(e).__name__, e)
## case str-methods-on-subclass
class S(str):
    pass
s = S("Hello World")
print(s.swapcase(), s.title(), s.zfill(13), s.center(13, "*"), s.removeprefix("Hello "), s.isascii(), s.split(maxsplit=1))
## case unicode-errors-constructed
print(str(UnicodeDecodeError("utf-8", b"", 5, 6, "r")), "|", str(UnicodeDecodeError("utf-8", b"ab", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "aé", 1, 2, "bad")), "|", str(UnicodeEncodeError("ascii", "a", 3, 4, "bad")))
e = UnicodeDecodeError("x", b"\xff\xfe", 0, 2, "why")
print(e, e.args, repr(e), e.start, e.end, e.object)
## case unicode-error-uncaught stderr
b"ok \xff".decode()
