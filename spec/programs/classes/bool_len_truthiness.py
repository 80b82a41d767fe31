# Truth value: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()), bool(object()))
print("yes" if L(3) else "no", not L(0), len(L(7)))
for bad in (B(1), B("x")):
    try:
        bool(bad)
    except TypeError as e:
        print(e)
try:
    len(L(-1))
except ValueError as e:
    print(e)
try:
    len(L("3"))
except TypeError as e:
    print(e)
try:
    len(object())
except TypeError as e:
    print(e)
