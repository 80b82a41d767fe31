# float: allocate many small Point objects from sin/cos of their index, normalize each in place,
# then fold them into one point holding the per-coordinate maxima. Float math, attribute access
# and object allocation. Size = number of points. Checksum: the maximum point to 9 decimals
# (sin/cos of V8 and of the C library agree to well below that precision).
import sys
from math import sin, cos, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3.0
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point %.9f %.9f %.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        length = sqrt(x * x + y * y + z * z)
        self.x = x / length
        self.y = y / length
        self.z = z / length

    def absorb(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def fold_max(points):
    best = points[0]
    for p in points[1:]:
        best = best.absorb(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return fold_max(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    total = 0.0
    last = None
    for _ in range(3):
        last = run(n)
        total += last.x + last.y + last.z
    print("float n=%d %r sum %.9f" % (n, last, total))


main()
