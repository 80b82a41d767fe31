# tuple: construction, concatenation, repetition, slicing, repr of 1-tuples, errors
t = tuple([1, 2, 3])
print(t, tuple('ab'), tuple(), tuple(x for x in range(3)), (1,), ((),))
print(t + (4,), t * 2, 0 * t, t[1:], t[::-1], t[-1], len(t), 2 in t)
print(tuple(t) is t, t[:] is t)
try:
    t + [4]
except TypeError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t[0] = 9
except TypeError as e:
    print(e)
