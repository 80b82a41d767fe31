# types.MethodType(function, instance): binding any callable to any object, with method_new's
# checks and messages; calling, comparing and the attributes of the result.
import types
for a in [(), (len,), (1, 2), (len, None), (len, 1, 2)]:
    try:
        print(types.MethodType(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    types.MethodType(func=len, instance=1)
except Exception as e:
    print(type(e).__name__, e)
class A:
    def __repr__(self): return 'A()'
def f(self, x=1): return (self, x)
m = types.MethodType(f, A())
print(type(m).__name__, m(), m(2), m.__func__ is f, m.__self__, m.__name__, repr(m).split(' at ')[0])
m2 = types.MethodType(len, [1, 2, 3])
print(m2(), repr(m2))
class B:
    pass
b = B()
b.hello = types.MethodType(lambda self, n: f"hello {n} from {type(self).__name__}", b)
print(b.hello("x"))
print(types.MethodType(f, 5) == types.MethodType(f, 5), types.MethodType(f, 5) == types.MethodType(f, 6))
k = types.MethodType(A, 1)
try:
    k()
except TypeError as e:
    print(e)
