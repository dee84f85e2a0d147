# uuid: uuid4 format, UUID parsing and attributes, uuid5/uuid3 (deterministic) (issue 14).
## case uuid4-format
import uuid, re
u = uuid.uuid4()
print(bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", str(u))), u.version, len(u.hex), type(u).__name__)
## case uuid4-unique
import uuid
print(len({uuid.uuid4() for _ in range(20)}))
## case parse-and-attributes
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.urn, uuid.UUID(hex="12345678123456781234567812345678") == u)
## case uuid5-uuid3
import uuid
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
## case invalid
import uuid
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(type(e).__name__, e)
