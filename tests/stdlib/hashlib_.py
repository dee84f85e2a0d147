import hashlib
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for data in (b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3):
        h = getattr(hashlib, name)(data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.md5()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.md5(b"hello world").hexdigest())
s = hashlib.sha256(b"part1")
d1 = s.digest()
s.update(b"part2")
print(d1 == hashlib.sha256(b"part1").digest(), s.hexdigest() == hashlib.sha256(b"part1part2").hexdigest())
print(hashlib.new("sha1", b"x").hexdigest(), hashlib.new("SHA256").hexdigest()[:16], "md5" in hashlib.algorithms_available)
try:
    hashlib.md5("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
