# base64: b64encode/decode, urlsafe, b32, b16, a85/b85 (issue 14).
## case b64
import base64
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.b64decode("aGk="))
## case urlsafe
import base64
data = bytes([251, 255, 191])
print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.urlsafe_b64decode(b"-_-_"))
## case b32-b16
import base64
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\x01\xff"), base64.b16decode("01FF"))
## case standard-and-text
import base64
s = base64.standard_b64encode("naïve".encode()).decode()
print(s, base64.standard_b64decode(s).decode())
## case decode-errors
import base64, binascii
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.b64decode(b"a$G$k=", validate=False))
## case a85-b85
import base64
print(base64.a85encode(b"hello"), base64.b85encode(b"hello"), base64.b85decode(base64.b85encode(b"xyz")))
