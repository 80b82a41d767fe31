# Repeating an exact tuple, str or bytes once gives the object itself (CPython's sq_repeat
# shortcut, which seq_tests.test_repeat checks with id()); a subclass gets a new exact object;
# lists are always copied; an empty repeat is the empty tuple.
t = (1, 2)
empty = ()
print(t * 1 is t, 1 * t is t, t * 0 is empty, empty * 5 is empty, t * -3 is empty)
print(id(t) == id(t * 1))


class T(tuple):
    pass


u = T((1,))
print(type(u * 1).__name__, u * 1 is u, u * 1 == u)
s = "ab"
print(s * 1 is s, 1 * s is s, s * 2)


class S(str):
    pass


print(type(S("x") * 1).__name__)
b = b"ab"
print(b * 1 is b, b * 3)
l = [1]
print(l * 1 is l, l * 1 == l)
print(t * 3, T((1, 2)) * 2)
