import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
d = {"x": [1], "y": (1, [2])}
dc = copy.deepcopy(d)
d["y"][1].append(3)
print(sorted(dc.items()), copy.copy(d)["x"] is d["x"])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy(5), copy.deepcopy("s"))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[0])
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("t")
print(p2.x, p2.y, p2.tags, p3.tags, type(p3).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copied " + self.v)
    def __deepcopy__(self, memo):
        return Custom("deep " + self.v)
print(copy.copy(Custom("a")).v, copy.deepcopy(Custom("b")).v, copy.deepcopy([Custom("c")])[0].v)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy({frozenset([1])})[0] if False else [1]))
from collections import namedtuple, OrderedDict, defaultdict
P = namedtuple("P", "a b")
np = P([1], 2)
npc = copy.deepcopy(np)
np.a.append(9)
print(npc, type(npc).__name__)
dd = defaultdict(list)
dd["a"].append(1)
ddc = copy.deepcopy(dd)
dd["a"].append(2)
print(ddc["a"], ddc.default_factory)
