from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap

# Counter
c = Counter("abracadabrr")
print(c.most_common(3), c["a"], c["z"], c.total())
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 1})
print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter(), repr(Counter(x=5)))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
del c["nothere"]
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)

# defaultdict
d = defaultdict(list)
d["x"].append(1)
d["x"].append(2)
d["y"]
print(sorted(d.items()), d.default_factory, "z" in d, d.get("z"))
n = defaultdict(int)
for ch in "hello":
    n[ch] += 1
print(sorted(n.items()), repr(defaultdict(int)))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e.args)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

# OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(list(od), od)
od.move_to_end("b", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e.args)

# namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), tuple(p), isinstance(p, tuple))
print(Point._fields, sorted(p._asdict().items()), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), sorted(P3._field_defaults.items()), P3(c=3, a=1))
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields)
for bad in (["a", "a"], ["1a"], ["_a"], ["class"]):
    try:
        namedtuple("T", bad)
    except ValueError as e:
        print("ValueError", e)
class V(namedtuple("V", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(V(3, -4).norm(), V(1, 2))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)

# deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], q.pop(), q.popleft(), q)
q.extendleft([10, 20])
print(q, q.index(2), q.count(1), 3 in q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen, list(reversed(b)))
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
e = deque()
try:
    e.pop()
except IndexError as err:
    print("IndexError", err)
try:
    e[0]
except IndexError as err:
    print("IndexError", err)
f = deque(range(5))
f[1] = 99
del f[0]
f.insert(1, 7)
f.remove(3)
f.reverse()
print(f, f.copy(), deque("ab") + deque("cd"), deque([1]) * 3)
try:
    deque([1, 2], 2).insert(0, 5)
except IndexError as err:
    print("IndexError", err)
big = deque()
for i in range(100):
    big.appendleft(i)
for i in range(60):
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
try:
    deque([1]).index(5)
except ValueError as err:
    print("ValueError", err)

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), "a" in cm, cm.get("z", 0))
cm["d"] = 4
print(sorted(over.items()), cm.maps[1] is base)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.parents["a"], repr(ChainMap({"k": 1}, {})))
try:
    del cm["a"]
except KeyError as err:
    print("KeyError", err.args)
