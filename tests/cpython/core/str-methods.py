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
