import base64, binascii
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()):
    e64 = base64.b64encode(data)
    print(e64, base64.b64decode(e64) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:16])
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data, base64.b85encode(data)[:20], base64.b85decode(base64.b85encode(data)) == data)
    print(base64.a85encode(data)[:20], base64.a85decode(base64.a85encode(data)) == data, base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data, base64.b32hexencode(data)[:16])
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64encode(b"x"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"), base64.b85encode(b"abc", pad=True), base64.a85encode(b"\0\0\0\0abcd    ", foldspaces=True, adobe=True))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("ff", casefold=True))
for bad in ("aGVsbG8", "a", b"aGVs!bG8=", "YQ=x"):
    try:
        print(base64.b64decode(bad, validate=isinstance(bad, bytes)))
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi", newline=False), binascii.crc32(b"hello"))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error", e)
