# BINARY_SUBSCR of an exact list or a tuple by a small int (vm/interp/loop.ts: one inline path for
# both): negative indexes, the edges, IndexError messages, subclasses with their own
# __getitem__ (never inline), slices and big ints (the protocol), and a tuple subscripted first
# after many list subscripts (`f()[0]` of a returned tuple).
class T(tuple):
    def __getitem__(self, i):
        return ('T', i)


class L(list):
    def __getitem__(self, i):
        return ('L', i)


def pair(i):
    return i, -i


t = (1, 2, 3)
lst = [4, 5, 6]
acc = 0
for i in range(3000):
    acc += lst[i % 3] + lst[-1 - i % 3]
print(acc)
for i in range(3):
    print(T((1, 2))[0], L([1])[0], t[-1], t[i], lst[-3], lst[i], (t + t)[4], pair(i)[0], pair(i)[-1])
for bad in (3, -4, 2**40, -2**40):
    for seq in (t, lst, ()):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, e)
print(t[1:], lst[::-1], t[True], lst[False])
nested = [(i, [i, (i, i * 2)]) for i in range(4)]
print([x[1][1][1] for x in nested])
