# set: set comprehensions, repr of empty/frozen/subclass sets, set() from strings/dicts
print({x % 5 for x in range(20)}, {(x, x) for x in range(3)} == {(0, 0), (1, 1), (2, 2)})
print(set(), frozenset(), frozenset({1, 2}), repr({0}))
class S(set):
    pass
print(S([1, 2]), S(), sorted(set('hello')), set({3: 'a', 1: 'b'}))
print(len({1, 1.0, True}), {1, 1.0, True})
