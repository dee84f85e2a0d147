# bool is a subclass of int (issue 13 §4).
## case isinstance
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__)
## case arithmetic
print(True + 1, True * 10, False - 1, True / 2, -True, ~True, True << 3)
## case sum-of-bools
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
## case bool-as-index
print(["no", "yes"][True], "ab"[False], {1: "one"}[True])
## case bool-hash-eq
print(True == 1, False == 0, hash(True) == hash(1), {1: "a", True: "b"})
## case bool-format
print(f"{True:d} {True:>5} {False!r} {True:5}|", "%d" % True, int(True), float(False))
## case bool-repr-str
print(repr(True), str(False), True & False, True | False, True ^ True, type(True & True).__name__)
## case bool-subclass-check
class Flag(int):
    pass
print(isinstance(True, Flag), bool.__bases__, int.__subclasses__ is not None)
## case bool-no-subclass
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__)
