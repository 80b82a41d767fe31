# Parallel benchmark: a small ray tracer (spheres, a plane, a point light, shadows and one
# reflection), the image's columns dealt round-robin to the threads (thread i renders columns i,
# i + n, i + 2n...). The scene is built once and only read by the threads; each thread returns
# the sum of its pixels' quantized colours.
# (Until 2026-12-05 each thread rendered one range of adjacent columns: the ranges cost CPython
# 0.46-0.60 s at size 600, so the last one ran alone at the end and 2 workers could not pass
# 1.95x; the dealt columns are within 1%. Same pixels, same checksum: bench/NOTES.md "The last
# points of the 2-worker speedup".)
# Usage: raytrace_columns.py [threads=4] [size=64]. Last line: the checksum.
import math
import sys
import threading

class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))

class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return p.sub(self.center).norm()

class Plane:
    def __init__(self, y, color, reflect):
        self.y = y
        self.color = color
        self.reflect = reflect

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return -1.0
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
    Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
    Sphere(Vec(2.0, 0.5, 4.5), 0.5, Vec(0.2, 0.2, 0.9), 0.5),
    Plane(0.0, Vec(0.8, 0.8, 0.8), 0.1),
]
LIGHT = Vec(-5.0, 8.0, -3.0)

def nearest(origin, direction):
    best_t = 1e30
    best = None
    for obj in SCENE:
        t = obj.hit(origin, direction)
        if 0 < t < best_t:
            best_t = t
            best = obj
    return best, best_t

def trace(origin, direction, depth):
    obj, t = nearest(origin, direction)
    if obj is None:
        return Vec(0.1, 0.1, 0.15)
    p = origin.add(direction.scale(t))
    n = obj.normal(p)
    to_light = LIGHT.sub(p).norm()
    shadow, _ = nearest(p, to_light)
    diffuse = 0.0 if shadow is not None else max(0.0, n.dot(to_light))
    color = obj.color.scale(0.1 + 0.9 * diffuse)
    if depth > 0 and obj.reflect > 0:
        r = direction.sub(n.scale(2.0 * direction.dot(n)))
        color = color.scale(1.0 - obj.reflect).add(trace(p, r, depth - 1).scale(obj.reflect))
    return color

def render_columns(x0, x1, step, size):
    total = 0
    eye = Vec(0.0, 1.5, -2.0)
    for x in range(x0, x1, step):
        for y in range(size):
            d = Vec((x - size / 2) / size, (size / 2 - y) / size, 1.0).norm()
            c = trace(eye, d, 2)
            total += int(min(1.0, c.x) * 255) + int(min(1.0, c.y) * 255) * 7 + int(min(1.0, c.z) * 255) * 13
    return total

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    sums = [0] * nthreads

    def work(i):
        sums[i] = render_columns(i, size, nthreads, size)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(sums))

main()
