# The sequence iterator classes cannot be instantiated directly: type(iter(x))() is a TypeError.
for it in (iter([]), iter(())):
    try:
        type(it)()
    except TypeError as e:
        print(type(it).__name__, 'TypeError:', e)
