# isinstance() asks an object for __class__ through its own attribute lookup: a proxy whose
# __getattribute__ forwards __class__ is an instance of the proxied object's class.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith('_Proxy__'):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class C: pass
class D(C): pass
print(isinstance(Proxy(C()), C), isinstance(Proxy(D()), C), isinstance(Proxy(1), int))
print(isinstance(Proxy(C()), Proxy), isinstance(Proxy(C()), D), type(Proxy(D())).__name__)
