# A generator's __name__/__qualname__ come from its function (renames included), can be set to
# str only, and cannot be deleted.
def func():
    yield 1

gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])
for f in (lambda: setattr(gen, '__name__', 123), lambda: setattr(gen, '__qualname__', 123),
          lambda: delattr(gen, '__name__'), lambda: delattr(gen, '__qualname__')):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__)
g2 = (x for x in range(3))
print(g2.__name__, g2.__qualname__)

async def co():
    pass

c = co()
c.__name__ = "renamed"
print(c.__name__, c.__qualname__)
c.close()
