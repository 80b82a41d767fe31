# set.__reduce__ gives (type, (list,), state) with the state __getstate__ returns: None for a
# plain set, the instance dict (and slots) for subclasses.
class S(set):
    pass

print(sorted({2, 1}.__reduce__()[1][0]), {1}.__reduce__()[2], frozenset().__reduce__())
s = S([3])
print(s.__reduce__())
s.x = 10
print(s.__reduce__())
func, args, state = s.__reduce__()
copy = func(*args)
copy.__dict__.update(state)
print(type(copy).__name__, sorted(copy), copy.x)
