# Instance attributes (h8-inline): creating small instances whose __init__ stores 3-5
# attributes, loading and storing them, and a method reading them. Checksum on the last line.
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Node:
    def __init__(self, value, left, right, weight, mark):
        self.value = value
        self.left = left
        self.right = right
        self.weight = weight
        self.mark = mark


def main(n):
    total = 0
    vs = [Vec(i, i + 1, i + 2) for i in range(200)]
    for r in range(n):
        for v in vs:
            v.x = v.x + 1
            total += v.dot(v) & 0xFF
        a = Vec(r, r, r)
        nodes = [Node(i, None, a, i * 2, False) for i in range(50)]
        for nd in nodes:
            nd.mark = nd.weight > 40
            total += nd.value + nd.right.x
    return total


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 400))
