# Three levels of nested functions, global statements and class scopes skipping.
g = "global"
def a():
    x = "a"
    def b():
        y = "b"
        def c():
            return x + y + g
        return c
    return b()()
print(a())
def setg():
    global g
    g = "changed"
setg()
print(g)
def cls_scope():
    v = "func"
    class K:
        v = "class"
        def m(self): return v
        w = [v for _ in range(1)]
    return K().m(), K.v, K.w
print(cls_scope())
def unbound():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
    return inner()
print(unbound())
