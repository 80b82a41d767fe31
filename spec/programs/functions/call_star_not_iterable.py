# f(*x) with a non-iterable x names the function in the TypeError.
def one(a): pass
try:
    one(*5)
except TypeError as e:
    print(e)
try:
    print(*None)
except TypeError as e:
    print(e)
try:
    [*5]
except TypeError as e:
    print(e)
