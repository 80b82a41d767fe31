# collections.deque errors: CPython's exception types and messages.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: deque('ab', 'x'))
t(lambda: deque('ab', 2.5))
t(lambda: deque('ab', -1))
t(lambda: deque('ab', 2, 3))
t(lambda: deque(1))
t(lambda: deque(foo=1))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1], 1).insert(0, 2))
t(lambda: deque([1]).index(5))
t(lambda: deque([1]).remove(5))
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque([1])[1:2])
t(lambda: deque([1])['a'])
t(lambda: deque([1]) + [1])
t(lambda: hash(deque()))
t(lambda: deque([1]).rotate('a'))
t(lambda: deque([1]).rotate(1.0))
t(lambda: deque([1]).rotate(2 ** 70))
t(lambda: deque([1]) * 'a')
t(lambda: deque([1]).append())
t(lambda: deque([1]).append(1, 2))
t(lambda: deque([1]).pop(1))
t(lambda: deque([1]).index())
t(lambda: deque([1]).index(1, 'a'))
t(lambda: deque([1]).insert(1))
t(lambda: deque([1]).insert('a', 2))
t(lambda: deque([1]).count())
t(lambda: deque([1]).rotate(1, 2))
t(lambda: deque.append(1, 2))
t(lambda: deque(maxlen=2 ** 70))
t(lambda: deque([1])[2 ** 70])
t(lambda: deque([1]).extend(1))
t(lambda: deque([1]).extend())


def setm():
    d = deque()
    d.maxlen = 3


def delsl():
    d = deque([1])
    del d[0:1]


def setsl():
    d = deque([1])
    d[0:1] = [2]


def delout():
    d = deque([1])
    del d[3]


def imul():
    d = deque([1])
    d *= 'a'


for f in (setm, delsl, setsl, delout, imul):
    t(f)
t(lambda: deque([1], iterable=[2]))
t(lambda: deque([1], 2, maxlen=3))
t(lambda: deque(**{'maxlen': 2, 'iterable': 'abc'}))
t(lambda: deque.__init__(deque(), [1], bogus=2))
