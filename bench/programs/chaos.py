# chaos: the chaos game on an iterated function system whose maps are built from cubic Bezier
# splines. Each step picks a spline at random (fixed seed), reads the current point's x as the
# curve parameter and its y as an offset along the curve's normal, and moves the point there;
# visited points are counted in a pixel grid. Float math through a small vector class whose every
# operation allocates a new object. Size = number of iterations. Checksum: pixel counts.
import sys
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def lerp(self, o, t):
        return Vec(self.x + (o.x - self.x) * t, self.y + (o.y - self.y) * t)

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def normal(self):
        n = self.length()
        if n == 0.0:
            return Vec(0.0, 1.0)
        return Vec(-self.y / n, self.x / n)


class Bezier:
    """A cubic Bezier curve given by four control points."""

    def __init__(self, p0, p1, p2, p3):
        self.points = [p0, p1, p2, p3]

    def at(self, t):
        # de Casteljau: repeated linear interpolation, allocating at every level
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]

    def tangent(self, t):
        p = self.points
        a = (p[1] - p[0]).lerp(p[2] - p[1], t)
        b = (p[2] - p[1]).lerp(p[3] - p[2], t)
        return a.lerp(b, t) * 3.0


def make_maps():
    return [
        Bezier(Vec(1.0, 0.4), Vec(2.0, 0.7), Vec(2.2, 1.8), Vec(1.3, 2.5)),
        Bezier(Vec(1.2, 2.6), Vec(1.9, 2.4), Vec(2.6, 2.0), Vec(3.0, 1.3)),
        Bezier(Vec(0.3, 1.1), Vec(0.7, 1.9), Vec(1.0, 2.3), Vec(1.4, 2.9)),
    ]


def chaos_game(iterations, width, height, seed):
    rng = random.Random(seed)
    maps = make_maps()
    weights = [0.45, 0.8, 1.0]  # cumulative
    xmin, xmax, ymin, ymax = 0.0, 3.5, 0.0, 3.5
    grid = [[0] * width for _ in range(height)]
    p = Vec(1.5, 1.5)
    thickness = 0.25
    for _ in range(iterations):
        r = rng.random()
        k = 0
        while r > weights[k]:
            k += 1
        curve = maps[k]
        u = (p.x - xmin) / (xmax - xmin)
        v = (p.y - ymin) / (ymax - ymin) - 0.5
        if u < 0.0:
            u = 0.0
        elif u > 1.0:
            u = 1.0
        base = curve.at(u)
        p = base + curve.tangent(u).normal() * (v * thickness)
        col = int((p.x - xmin) / (xmax - xmin) * width)
        row = int((p.y - ymin) / (ymax - ymin) * height)
        if 0 <= col < width and 0 <= row < height:
            grid[row][col] += 1
    return grid


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    grid = chaos_game(n, 64, 64, 1234)
    lit = 0
    weighted = 0
    for r, row in enumerate(grid):
        for c, count in enumerate(row):
            if count:
                lit += 1
                weighted = (weighted * 131 + count * (r * 64 + c + 1)) % 1000000007
    print("chaos n=%d lit %d hash %d" % (n, lit, weighted))


main()
