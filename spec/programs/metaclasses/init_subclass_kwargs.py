# __init_subclass__ receives class keyword arguments and runs for every subclass.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__.lower()
        Plugin.registry.append(cls.pname)
class Alpha(Plugin, name="alpha!"): pass
class Beta(Plugin): pass
class Gamma(Beta, name="g"): pass
print(Plugin.registry, Gamma.pname)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print(e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
