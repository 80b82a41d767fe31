# Two closures sharing one cell see each other's writes; cell_contents of an empty cell.
def pair():
    val = 0
    def setv(v):
        nonlocal val
        val = v
    def getv(): return val
    return setv, getv
s, g = pair()
s(42)
print(g(), s.__closure__[0] is g.__closure__[0])
def empty():
    def f(): return q
    if False:
        q = 1
    return f
f = empty()
try:
    f.__closure__[0].cell_contents
except ValueError as e:
    print(e)
try:
    f()
except NameError as e:
    print(e)
