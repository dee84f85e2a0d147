from typing import Optional, Iterator, Generic, TypeVar

T = TypeVar("T")

class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None):
        self.value = value
        self.next = next

class LinkedList(Generic[T]):
    def __init__(self, *values: T):
        self.head: Optional[Node[T]] = None
        self._len = 0
        for v in reversed(values):
            self.push(v)

    def push(self, value: T) -> None:
        self.head = Node(value, self.head)
        self._len += 1

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self) -> int:
        return self._len

    def __repr__(self) -> str:
        return f"LinkedList({', '.join(map(repr, self))})"

    def reverse(self) -> None:
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __getitem__(self, i: int) -> T:
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("index out of range")

ll = LinkedList(1, 2, 3, "four")
print(ll, len(ll), ll[3])
ll.reverse()
print(ll, list(ll)[::2], sum(x for x in ll if isinstance(x, int)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
