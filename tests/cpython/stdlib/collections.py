# collections: Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap (issue 14).
## case counter-basics
from collections import Counter
c = Counter("mississippi")
print(c, c["s"], c["z"], len(c))
## case counter-most-common
from collections import Counter
c = Counter("the cat and the hat and the bat".split())
print(c.most_common(2), c.most_common()[-1], sorted(c.elements())[:4])
## case counter-update-subtract
from collections import Counter
c = Counter(a=3, b=1)
c.update("aab")
c.update({"z": 2})
c.subtract({"a": 10})
print(c, c.total())
## case counter-arithmetic
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1))
## case counter-from-iterable-and-equality
from collections import Counter
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), dict(Counter("abca")), list(Counter("bca")))
## case defaultdict
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
## case defaultdict-int-and-nested
from collections import defaultdict
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(dict(counts), t["a"]["b"]["c"], defaultdict(int).default_factory)
## case defaultdict-no-factory
from collections import defaultdict
d = defaultdict()
try:
    d["x"]
except KeyError as e:
    print(type(e).__name__, e)
## case ordereddict
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False), od)
## case ordereddict-equality
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
## case namedtuple-basics
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([7, 8]))
## case namedtuple-defaults-and-list-fields
from collections import namedtuple
Row = namedtuple("Row", ["name", "qty", "price"], defaults=[0, 1.0])
print(Row("pen"), Row("ink", 2), Row._field_defaults, isinstance(Row("a"), tuple))
## case namedtuple-unpack-compare-sort
from collections import namedtuple
E = namedtuple("E", "name age")
people = [E("bob", 30), E("al", 25), E("cy", 30)]
name, age = people[0]
print(name, age, sorted(people, key=lambda e: e.age), E("a", 1) == ("a", 1))
## case namedtuple-rename-errors
from collections import namedtuple
try:
    namedtuple("Bad", "class x")
except ValueError as e:
    print(type(e).__name__)
print(namedtuple("R", "class x", rename=True)._fields)
## case deque-basics
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d[0], d[-1], len(d), d.index(3))
## case deque-maxlen-rotate
from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9)
print(d)
r = deque(range(6))
r.rotate(2)
print(r)
r.rotate(-3)
print(r, list(reversed(r)), r.count(1))
## case deque-misc
from collections import deque
d = deque("abc")
d.insert(1, "z"); d.remove("c")
print(d, "z" in d, deque(), d == deque("azb"), d * 2)
d.clear()
print(d)
## case chainmap
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "ada"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.maps == [env, defaults])
child = cm.new_child({"color": "blue"})
child["x"] = 1
print(child["color"], dict(child.maps[0]), cm.parents)
## case userdict-userlist
from collections import UserDict, UserList
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower()
d["KEY"] = 1
l = UserList([3, 1])
l.append(2)
print(d, d.data, sorted(l), len(l))
