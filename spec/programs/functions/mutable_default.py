# Default values are evaluated once and shared between calls.
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 10
def late(v=n): return v
n = 20
print(late())
def kwd(*, k={}):
    k[len(k)] = 1
    return k
kwd(); kwd()
print(kwd.__kwdefaults__)
