# iface: method calls on objects of four classes stored in one list, two
# dynamically dispatched methods per element, and a "type switch" on the
# exact class that mutates Circle and Tri objects.
import sys


class Rect:
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square:
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Circle:
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Tri:
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def area(self):
        return self.a * self.b // 2

    def perimeter(self):
        return self.a + self.b + self.c


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    shapes = []
    for i in range(1000):
        v = i % 10 + 1
        k = i % 4
        if k == 0:
            shapes.append(Rect(v, v + 1))
        elif k == 1:
            shapes.append(Square(v))
        elif k == 2:
            shapes.append(Circle(v))
        else:
            shapes.append(Tri(v, v + 2, v + 3))
    total = 0
    for _ in range(rounds):
        for s in shapes:
            total += s.area() + s.perimeter()
            t = type(s)
            if t is Circle:
                s.r = s.r % 20 + 1
            elif t is Tri:
                s.a = s.a % 15 + 1
            elif t is Rect:
                total += s.w
            elif t is Square:
                total -= s.s
        total %= 1000000007
    print("iface rounds=%d total=%d" % (rounds, total))


main()
