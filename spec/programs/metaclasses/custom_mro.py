# A metaclass's own mro() (CPython's mro_invoke/mro_internal): called at class creation and on
# __bases__ assignment, its result checked; __mro__ is None while the first call runs (the class
# cannot be a base then); a reentrant __bases__ assignment inside mro() wins; a failing mro()
# leaves every class below as it was; type.mro() computes C3 afresh.
class A(object):
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D.mro() == [D, B, C, A, object], type.mro(int), object.mro())


class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print([c.__name__ for c in X.__mro__], X().f())


class Bx:
    pass
class Disappearing(type):
    def mro(cls):
        del Disappearing.mro
        return (Bx,)
try:
    class Ax(metaclass=Disappearing):
        pass
except TypeError as e:
    print('TypeError', e)

for ret in ['[cls, dict, object]', '1', '[1]', '[]', '(cls, object)', 'iter([cls, object])', '[cls, Exception, object]']:
    class Mx(type):
        def mro(cls):
            print('mro of', cls.__name__, cls.__mro__)
            return eval(ret)
    try:
        class Y(metaclass=Mx):
            pass
        print([c.__name__ for c in Y.__mro__])
    except Exception as e:
        print(type(e).__name__, e)


class Incomplete(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'Z':
            try:
                class Z(cls):
                    pass
            except TypeError as e:
                print('TypeError', e)
        return type.mro(cls)
class W(metaclass=Incomplete):
    pass
print([c.__name__ for c in W.__mro__])


class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)
class WorkAlways(type):
    def mro(self):
        return type.mro(self)
class C0(object): pass
class C2(object): pass
class D0(C0): pass
class E0(D0): pass
class F0(D0, metaclass=WorkOnce): pass
class G0(D0, metaclass=WorkAlways): pass
before = E0.__mro__, D0.__mro__
try:
    D0.__bases__ = (C2,)
except RuntimeError as e:
    print('RuntimeError', e, (E0.__mro__, D0.__mro__) == before, D0.__bases__ == (C0,), C0.__subclasses__() == [D0], C2.__subclasses__())


class Step:
    ready = False
class Reent(type):
    def mro(cls):
        if Step.ready and cls.__name__ == 'RC':
            Step.ready = False
            RC.__bases__ = (RB2,)
        return type.mro(cls)
class RA(metaclass=Reent): pass
class RB1(RA): pass
class RB2(RA): pass
class RC(RA): pass
Step.ready = True
RC.__bases__ = (RB1,)
RB1.__bases__ = (RC,)
print([c.__name__ for c in RC.__bases__], RB2.__subclasses__() == [RC], RB1.__subclasses__(), RC.__subclasses__() == [RB1])


class Cycle(type):
    def mro(cls):
        if Step.ready:
            if cls.__name__ == 'K1':
                K2.__bases__ = (K1,)
            if cls.__name__ == 'K2':
                K1.__bases__ = (K2,)
        return type.mro(cls)
class K0(metaclass=Cycle): pass
class K1(K0): pass
class K2(K0): pass
Step.ready = True
try:
    K1.__bases__ += ()
except TypeError as e:
    print('TypeError', e)
Step.ready = False
print([c.__name__ for c in K1.__mro__], [c.__name__ for c in K2.__mro__])


class SelfBases(type):
    calls = 0
    def mro(cls):
        SelfBases.calls += 1
        if SelfBases.calls == 1:
            print('pending', cls.__mro__)
            cls.__bases__ += ()
        return type.mro(cls)
class SB(metaclass=SelfBases):
    pass
print(SelfBases.calls, [c.__name__ for c in SB.__mro__], object.__subclasses__().count(SB))
