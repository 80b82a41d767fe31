# __iter__ written as a generator, generators as methods, and recursive generators.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(3), Tree(4)), Tree(5, Tree(6)))
print(list(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(sum(t), max(t), sorted(t, reverse=True))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print(["".join(p) for p in permutations("abc")])
