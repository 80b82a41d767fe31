# super() with too many arguments, and __build_class__'s errors when a metaclass drops or
# replaces __classcell__ (RuntimeError when dropped, TypeError when set to another class).
try:
    super(int, int, int)
except TypeError as e:
    print('TypeError', e)
try:
    super(int, 1, 2, 3)
except TypeError as e:
    print('TypeError', e)


class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)


class WithoutClassRef(metaclass=Meta):
    pass


print(WithoutClassRef.__name__)
try:
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', str(e).replace(__name__, 'M'))


class Other:
    pass


class Meta2(type):
    def __new__(cls, name, bases, namespace):
        cell = namespace['__classcell__']
        ns = dict(namespace)
        del ns['__classcell__']
        new = super().__new__(cls, name, bases, ns)
        cell.cell_contents = Other
        return new


try:
    class Quoted(metaclass=Meta2):
        def f(self):
            return super()
except TypeError as e:
    print('TypeError', str(e).replace(__name__, 'M'))
