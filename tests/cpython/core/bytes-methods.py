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
