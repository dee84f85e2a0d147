from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

print(Square(3).describe(), Square(2).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

class Plain(ABC):
    pass
print(type(Plain()).__name__, isinstance(Square(1), Shape))
