# Messages of a metaclass called with one argument and of a __prepare__ that returns no mapping.
class M(type):
    pass
class N(type, metaclass=M):
    pass
for f in [lambda: M(5), lambda: N(5), lambda: type(1, 2), lambda: M('a', (), {}, 1)]:
    try:
        f()
    except TypeError as e:
        print(e)
class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None
try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print(e)
class BadMeta2:
    @classmethod
    def __prepare__(*args):
        return None
try:
    class Bar(metaclass=BadMeta2()):
        pass
except TypeError as e:
    print(e)
