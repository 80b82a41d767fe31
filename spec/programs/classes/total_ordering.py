# functools.total_ordering fills in the missing comparisons from __eq__ and __lt__.
from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Money(1))
print(sorted(x.c for x in [Money(3), Money(1), Money(2)]))
print("__gt__" in Money.__dict__, "__le__" in Money.__dict__)
