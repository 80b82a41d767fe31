# UnboundLocalError when a local is read before assignment or after del.
x = 1
def f():
    print(x)
    x = 2
def g():
    y = 1
    del y
    return y
def h():
    def inner(): return z
    z = 1
    del z
    return inner()
for fn in (f, g, h):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)
