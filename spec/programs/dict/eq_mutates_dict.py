# Keys whose __eq__ mutates the dict being searched: lookups restart, nothing hangs or corrupts.
from random import randrange, seed
seed(3)
class Bad:
    def __eq__(self, other):
        if randrange(10) == 0: d.clear()
        if randrange(10) == 0:
            for i in range(20): d[i] = i
        return bool(randrange(2))
    def __hash__(self): return randrange(3)
for _ in range(300):
    d = {}
    for i in range(30):
        try:
            d[Bad()] = i
            Bad() in d
        except RuntimeError:
            pass
print("ok")
