from typing import Optional

class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None

    def __init__(self):
        self.root: Optional[BST._Node] = None
        self.size = 0

    def put(self, key, val):
        def _put(n):
            if n is None:
                self.size += 1
                return BST._Node(key, val)
            if key < n.key:
                n.left = _put(n.left)
            elif key > n.key:
                n.right = _put(n.right)
            else:
                n.val = val
            return n
        self.root = _put(self.root)

    def items(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield (n.key, n.val)
                yield from walk(n.right)
        return list(walk(self.root))

    def height(self, n="start"):
        n = self.root if n == "start" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

t = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    t.put(word, len(word))
print(t.items())
print(t.size, t.height())
print([k for k, v in t.items() if v > 4], dict(t.items())["fox"])
