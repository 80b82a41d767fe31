# f_lineno of a frame while an operation of its line runs Python code out of line: a rich
# compare (also a float against an object), `in`, __bool__ and __len__ of a truth test, __iter__,
# __next__ of a for loop, unpacking an iterator, a comprehension's iteration (vm/NOTES.md h24-loops).
import sys

def line():
    f = sys._getframe(2)
    return f.f_lineno - f.f_code.co_firstlineno

class C:
    def __eq__(self, o): print('eq', line()); return True
    def __lt__(self, o): print('lt', line()); return True
    def __contains__(self, o): print('contains', line()); return True
    def __bool__(self): print('bool', line()); return True
    def __iter__(self): print('iter', line()); return self
    def __next__(self):
        print('next', line())
        raise StopIteration

class L:
    def __len__(self): print('len', line()); return 0

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        print('unpack next', line())
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n

def f(c):
    x = 1
    c == 2
    y = 2
    c < 3
    z = 3
    1 in c
    w = 4
    if c:
        pass
    v = 5
    for _ in c:
        pass
    u = 6
    if L(): pass
    t = 7
    a, b = It()
    s = 8
    while not c: pass
    r = 9
    [k for k in c]
    q = 10
    3.0 == c
    return x

f(C())
