# iteration: __iter__ returning generators, the old __getitem__ protocol, iterators are their own iter
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            if isinstance(k, Tree):
                yield from k
            else:
                yield k
print(list(Tree(1, Tree(2, Tree(3)), 4)))
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Old()), 4 in Old(), 5 in Old())
it = iter([1])
print(iter(it) is it, type(iter(Old())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
class NotIt:
    def __iter__(self):
        return 5
try:
    iter(NotIt())
except TypeError as e:
    print(e)
