# list: list() of generators, iterators, strings, dict, and of a list being built
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), list('abc'), list({'x': 1, 'y': 2}), list(iter([1, 2])))
print(list(x for x in range(10) if x % 3 == 0), list(range(3, 0, -1)))
g = gen(3)
print(list(g), list(g))
print(list(map(str, [1, 2])), list(zip('ab', 'cd')))
try:
    list(5)
except TypeError as e:
    print(e)
