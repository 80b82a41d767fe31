# operator.methodcaller passes any keyword, 'self' included, to the method; every public name of
# the operator module is a function or class (with a __module__).
import operator


class R:
    def name(this, *args, **kwargs):
        return args, sorted(kwargs.items())


print(operator.methodcaller('name', 1, self=2, obj=3)(R()))
print(repr(operator.methodcaller('name', self='x')))
try:
    operator.methodcaller()
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in dir(operator)
             if not n.startswith('__') and not hasattr(getattr(operator, n), '__module__')))
print(operator.concat([1], [2]), operator.concat('a', 'b'))
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
