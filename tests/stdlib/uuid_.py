import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.version, u.variant, u.time_low, u.node, u.clock_seq, u.time)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"))
a = uuid.uuid4()
b = uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14], uuid.UUID(str(a)) == a, isinstance(hash(a), int))
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1() != t, uuid.uuid1(node=0x123456789abc).node)
print(uuid.UUID("12345678123456781234567812345678", version=4), sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.NAMESPACE_OID, uuid.UUID(int=0).version)
for bad in (lambda: uuid.UUID("xyz"), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"short")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    u.x = 1
except TypeError as e:
    print("TypeError", e)
