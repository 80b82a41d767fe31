# Methods that take no arguments (CPython's METH_NOARGS) reject positional and keyword ones.
calls = [
    lambda: [].clear(None), lambda: [].copy(1), lambda: [].reverse(0), lambda: [].__reversed__(1),
    lambda: {}.keys(1), lambda: {}.values(1, 2), lambda: {}.items(None), lambda: {}.clear(1),
    lambda: {}.copy(1), lambda: {1: 2}.popitem(1), lambda: {}.keys(x=1),
    lambda: set().copy(1), lambda: {1}.pop(1), lambda: set().clear(1), lambda: frozenset().copy(1),
    lambda: iter({1}).__length_hint__(1),
]
for f in calls:
    try:
        f()
        print("no error")
    except TypeError as e:
        print(e)
