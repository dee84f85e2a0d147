# copy: copy, deepcopy, __copy__/__deepcopy__ (issue 14).
## case shallow-vs-deep
import copy
a = [[1, 2], {"k": [3]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(99)
a[1]["k"].append(4)
print(s, d, s[0] is a[0], d[0] is a[0])
## case deepcopy-shared-and-cycles
import copy
inner = [1]
outer = [inner, inner]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is inner)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
## case custom-objects
import copy
class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
n = Node(1, [Node(2)])
m = copy.deepcopy(n)
m.kids[0].v = 20
s = copy.copy(n)
print(n.kids[0].v, m.kids[0].v, s.kids is n.kids)
## case copy-dunders
import copy
class R:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy called")
        return R(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return R(copy.deepcopy(self.v, memo))
r = R([1])
print(copy.copy(r).v, copy.deepcopy(r).v is not r.v)
## case immutables-and-builtins
import copy
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy("s") == "s", copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(b"x"))
## case replace-in-copy-module-dict-order
import copy
d = {"z": 1, "a": [1]}
print(list(copy.deepcopy(d)), copy.copy(d) == d)
