# hashlib: md5, sha1, sha256, sha512, hexdigest, update, new (issue 14).
## case md5-sha1
import hashlib
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
## case sha256-sha512
import hashlib
print(hashlib.sha256(b"hello").hexdigest())
print(hashlib.sha512(b"hello").hexdigest())
## case update-incremental
import hashlib
h = hashlib.sha256()
h.update(b"hel")
h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
## case new-and-copy
import hashlib
h = hashlib.new("sha256", b"ab")
c = h.copy()
c.update(b"c")
print(h.hexdigest()[:16], c.hexdigest() == hashlib.sha256(b"abc").hexdigest())
## case text-encode
import hashlib
print(hashlib.md5("naïve".encode()).hexdigest(), hashlib.sha1(b"").hexdigest())
## case algorithms-available
import hashlib
print(sorted(a for a in ["md5", "sha1", "sha256", "sha512"] if a in hashlib.algorithms_guaranteed))
## case unicode-error
import hashlib
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__)
