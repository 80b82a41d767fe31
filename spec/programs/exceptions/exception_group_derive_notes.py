# split()/subgroup() build their parts with the group's own derive() (a subclass keeps its
# type), copy __notes__ as a new list (not at all when they are not a sequence), and
# ExceptionGroup subclasses name themselves when refusing BaseExceptions.
import types
class EG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return EG(self.message, excs, self.code)
eg = EG("eg", [ValueError(1), TypeError(2)], 42)
eg.__notes__ = ['note1']
match, rest = eg.split(ValueError)
print(type(match).__name__, match.code, repr(match.exceptions), match.__notes__, match.__notes__ is eg.__notes__)
print(type(rest).__name__, rest.code, repr(rest.exceptions))
eg2 = ExceptionGroup("x", [ValueError(1)])
eg2.__notes__ = 42
m = eg2.subgroup(ValueError)
print(m is eg2)
m2, r2 = ExceptionGroup("y", [ValueError(1), KeyError(2)]).split(KeyError)
print(repr(m2), repr(r2))
class MyEG(ExceptionGroup):
    pass
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(ExceptionGroup[ValueError], types.GenericAlias))
