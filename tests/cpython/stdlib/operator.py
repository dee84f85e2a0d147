# operator: itemgetter, attrgetter, methodcaller and the function forms (issue 14).
## case itemgetter
from operator import itemgetter
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter("k")({"k": 5}))
## case attrgetter
from operator import attrgetter
class P:
    def __init__(self, n, a):
        self.name, self.addr = n, type("A", (), {"city": a})()
ps = [P("x", "Rome"), P("y", "Oslo")]
print([attrgetter("name")(p) for p in ps], sorted(ps, key=attrgetter("addr.city"))[0].name, attrgetter("name", "addr.city")(ps[0]))
## case methodcaller
from operator import methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"))
## case arithmetic-functions
import operator as op
print(op.add(1, 2), op.mul(3, 4), op.sub(5, 1), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3))
## case comparison-and-logic
import operator as op
print(op.lt(1, 2), op.eq("a", "a"), op.not_(0), op.truth([]), op.contains([1, 2], 2), op.is_(None, None), op.index(5))
## case item-ops
import operator as op
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.concat([1], [2]), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
## case inplace-and-bitwise
import operator as op
print(op.iadd([1], [2]), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1), op.lshift(1, 4), op.invert(0))
