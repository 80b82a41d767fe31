# GET_ITER of every kind of iterable (interp/iter_fast.ts makes the iterators of exact lists and
# ranges itself; every other kind, list subclasses included, goes through iter()): the same
# iterator classes, the same items, a list mutated during the loop, a subclass's own __iter__,
# an empty list and range, big and negative ranges, and non-iterables' errors.


class Rev(list):
    def __iter__(self):
        return iter(list(reversed(self)))


class Plain(list):
    pass


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


def gen():
    yield 'g1'
    yield 'g2'


def loops():
    out = []
    for x in [1, 2, 3]:
        out.append(x)
    for x in range(4):
        out.append(x)
    for x in range(10, 0, -3):
        out.append(x)
    for x in range(2**40, 2**40 + 2):
        out.append(x)
    for x in range(-(2**31), -(2**31) + 2):
        out.append(x)
    for x in []:
        out.append('never')
    for x in range(0):
        out.append('never')
    for x in Rev([1, 2, 3]):
        out.append(x)
    for x in Plain([7, 8]):
        out.append(x)
    for x in (4, 5):
        out.append(x)
    for x in 'ab':
        out.append(x)
    for x in {'k': 1}:
        out.append(x)
    for x in gen():
        out.append(x)
    for x in Seq():
        out.append(x)
    grow = [1]
    for x in grow:
        if x < 5:
            grow.append(x + 1)
        out.append(x)
    return out


for round_ in range(300):
    r = loops()
print(r)
print([x for x in [3, 4]], [x for x in range(3)], [x for x in Rev([5, 6])])
print(type(iter([])).__name__, type(iter(range(1))).__name__, type(iter(Plain())).__name__)
lst = [1, 2]
it = iter(lst)
lst.append(3)
print(list(it))
for bad in (5, None, 2.5):
    try:
        for x in bad:
            pass
    except TypeError as e:
        print('TypeError', e)
