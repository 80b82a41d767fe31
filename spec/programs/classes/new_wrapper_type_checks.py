# T.__new__(X) checks that X is a type and a subtype of T, with CPython's messages.
class M(type):
    pass
class A(metaclass=M):
    pass
for f in [lambda: object.__new__(), lambda: object.__new__(''), lambda: list.__new__(5), lambda: list.__new__(A),
          lambda: list.__new__(object), lambda: object.__new__(list), lambda: dict.__new__(int)]:
    try:
        print(type(f()).__name__)
    except TypeError as e:
        print('TypeError', e)
