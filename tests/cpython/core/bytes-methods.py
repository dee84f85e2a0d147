# bytes and bytearray methods CPython 3.11 has (issue 13 §7, the bytes counterparts).
## case hex-fromhex
print(b"\x01\xab\xff".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
## case case-methods
print(b"hello world".title(), b"Hello".swapcase(), b"abc".upper(), b"ABC".lower(), b"hi there".capitalize())
## case justify
print(b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".center(6, b"*"), b"42".zfill(5))
## case predicates
print(b"abc1".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab Cd".istitle(), b"\x80".isascii())
## case strip-split
print(b"  a b  ".strip(), b"a,b,c".split(b","), b"a b".rsplit(None, 1), b"l1\nl2\r\n".splitlines(keepends=True))
## case find-count-replace
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".count(b"a"), b"banana".replace(b"a", b"o", 2))
## case removeprefix
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
## case partition-join
print(b"k=v".partition(b"="), b"-".join([b"a", b"b", bytearray(b"c")]))
## case translate
t = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"))
## case expandtabs
print(b"a\tb".expandtabs(4))
## case bytearray-mutation
ba = bytearray(b"hello")
ba.extend(b" world")
ba.insert(0, 62)
ba.append(33)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
ba.reverse()
print(ba, ba.index(b"l"), ba.count(b"l"))
## case bytes-repr
print(repr(b"\x00\x7f\x80 'q' \"d\" \\ \n\t"), bytearray(b"x'"))
## case bytes-construct
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytearray(2))
## case bytes-index-and-iter
b = b"AZ"
print(b[0], list(b), b[-1:], 65 in b, b"Z" in b)
## case bytes-percent-format
print(b"%s=%d %x" % (b"k", 5, 255), b"%05.1f" % 3.14159)
## case bytes-decode-errors
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
## case bytes-predicates-ascii-only
print(b"\xe9".isalpha(), b"\xe9".upper(), b"\x1c".isspace(), b"".isalpha(), b"AB".isupper(), b"A1".isupper(), b"Hello World".istitle(), b"".isascii())
## case bytes-case-methods
print(b"aBc".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"\xe9a".title(), bytearray(b"ab").upper())
## case bytes-justify-edges
print(bytearray(b"ab").center(4), bytearray(b"ab").ljust(1), b"+1".zfill(4), b"ab".rjust(4, bytearray(b"-")))
for call in (lambda: b"ab".ljust(5, "x"), lambda: b"ab".rjust(5, b"xy")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
## case bytes-prefix-translate
print(b"abc".removeprefix(bytearray(b"a")), bytearray(b"abc").removesuffix(b"c"), b"abc".translate(None, delete=b"b"))
print(bytes.maketrans(b"a", b"z")[97], bytearray.maketrans(b"a", b"b")[97], bytearray(b"abc").translate(bytes.maketrans(b"c", b"C")))
for call in (lambda: b"abc".removeprefix("a"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"ab", b"c")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
## case bytes-hex-sep
print(b"\x01\x02\x03".hex(":", 2), b"\x01\x02\x03".hex("-", -2), b"abc".hex(sep=" "), bytearray(b"\xff").hex(), memoryview(b"ab").hex(":"))
print(b"".hex(":"), b"abcd".hex(":", 3), b"abcd".hex(":", -3), b"abcd".hex(b"|", 0), b"abcd".hex(sep="_", bytes_per_sep=2))
for sep in ("", "::"):
    try:
        b"abc".hex(sep)
    except ValueError as e:
        print(type(e).__name__, e)
## case bytes-split-whitespace
print(b"a  b".rsplit(None, 1), bytearray(b"a b c").split(), b" a b ".rsplit(maxsplit=1), b"a\x0bb\nc".splitlines(), b"a,b".split(sep=b","))
## case bytes-expandtabs-kw
print(bytearray(b"a\tb").expandtabs(), b"a\tbc\td".expandtabs(tabsize=2))
## case bytes-decode-kwargs
print(b"caf\xc3\xa9".decode(encoding="utf-8"), bytearray(b"\xe9").decode("latin-1"), b"x\xffy".decode(errors="ignore"))
## case bytearray-insert-pop-edges
ba = bytearray(b"abc")
ba.insert(-1, 0x5a)
ba.insert(100, 0x21)
ba.insert(-100, 0x3c)
print(ba, ba.copy(), ba.pop(-2), ba)
ba.clear()
print(ba, len(ba))
for call in (lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").insert(0, 256)):
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
## case bytearray-copy-independent
a = bytearray(b"xy")
b = a.copy()
b.append(122)
a.reverse()
print(a, b, bytearray(b"").copy(), bytearray(b"a").reverse())
