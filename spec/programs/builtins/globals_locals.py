# globals() is the module dict (writable); locals() is a snapshot inside functions.
top = 1
globals()["made_here"] = "via globals()"
print(made_here)
print("top" in globals(), globals()["__name__"])

def f(a, b=2):
    c = a + b
    snap = locals()
    snap["c"] = 100
    return sorted(snap.items()), c

print(f(1))

def outer():
    x = 5
    def inner():
        return sorted(locals())
    def inner_uses():
        return x, sorted(locals())
    return inner(), inner_uses()

print(outer())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals())
