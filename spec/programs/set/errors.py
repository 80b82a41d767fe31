# set: KeyError from remove/pop, RuntimeError on change during iteration
s = {1, 2, 3}
try:
    s.remove(9)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
try:
    s.remove([1])
except TypeError as e:
    print(e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
