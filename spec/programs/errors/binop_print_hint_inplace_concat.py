# The TypeError of an unsupported binary operator (vm/runtime/protocol.ts binopError): the
# `print >> x` hint of Python 2 code (binary >> only, the builtin named print only), and
# str's "can only concatenate" for += as for +.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)

p = print
show(lambda: print >> 1)
show(lambda: print >> [])
show(lambda: max >> 1)
show(lambda: 1 >> print)
def f():
    q = print
    q >>= 1
show(f)
def g():
    s = 'a'
    s += 1
show(g)
def h():
    s = 'a'
    s += None
show(h)
def k():
    s = 'a'
    s *= 1.5
show(k)
def m():
    x = 2
    x **= 'a'
show(m)
show(lambda: 2 ** 'a')
class A:
    def __rshift__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
show(lambda: A() >> A())
show(lambda: A() + 1)
def n():
    a = A()
    a += 1
show(n)
