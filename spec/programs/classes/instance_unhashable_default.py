# Plain instances hash by identity and compare by identity; dict of instances works.
class T: pass
a, b = T(), T()
print(a == a, a == b, a != b, hash(a) == hash(a))
d = {a: 1, b: 2}
print(d[a], d[b], len({a, a, b}))
print(T.__eq__ is object.__eq__, T.__hash__ is object.__hash__)
