# dict views compare like sets (<, <=, >, >=, ==, !=) through containment; errors propagate.
smaller = {1: 1, 2: 2}.keys()
larger = {1: 1, 2: 2, 3: 3}.keys()
other = {4: 1, 2: 2, 3: 3}.keys()
print(smaller < larger, smaller <= larger, larger > smaller, larger >= smaller)
print(smaller >= larger, smaller > larger, larger <= smaller, larger < smaller)
print(smaller < other, smaller <= other, larger == other, larger != other)
print({1: 1}.items() < {1: 1, 2: 2}.items(), {1: 1}.items() == {(1, 1)}, {1, 2} > {1: 0}.keys())
print({1: 1}.keys() == [1], {1: 1}.keys() != [1])

class C:
    def __eq__(self, other):
        raise RuntimeError("eq")

d1 = {1: C()}
d2 = {1: C()}
d3 = {1: C(), 2: C()}
for f in (lambda: d1.items() == d2.items(), lambda: d1.items() != d2.items(),
          lambda: d1.items() <= d2.items(), lambda: d2.items() < d3.items(),
          lambda: d3.items() > d2.items(), lambda: d1.items() == {1: 2}.items()):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
