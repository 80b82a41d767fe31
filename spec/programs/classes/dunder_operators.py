# Operator dunders with reflected and in-place forms, and comparisons.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


v = V(1, 2) + V(3, 4)
w = 3 * v
v += V(1, 1)
print(v, w, v == V(5, 7), v != w)
