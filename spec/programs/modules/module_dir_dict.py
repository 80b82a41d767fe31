# dir() of a module: module.__dir__ reads the __dict__ attribute (a subclass's property too:
# TypeError when it is not a dict) and calls a __dir__ function found there.
import types, sys
class M(type(sys)):
    pass
minstance = M("m")
minstance.b = 2
minstance.a = 1
default_attributes = ['__name__', '__doc__', '__package__', '__loader__', '__spec__']
print([x for x in dir(minstance) if x not in default_attributes])
class M2(M):
    def getdict(self):
        return "Not a dict!"
    __dict__ = property(getdict)
m2instance = M2("m2")
m2instance.b = 2
print(m2instance.__dict__)
try:
    dir(m2instance)
except TypeError as e:
    print(e)
m3 = types.ModuleType('m3')
m3.__dir__ = lambda: ['z', 'y']
print(dir(m3))
print(sorted(dir(types.ModuleType('m4'))))
