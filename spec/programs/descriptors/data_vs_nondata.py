# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, owner):
        return "data-get" if obj is not None else "data-on-class"
    def __set__(self, obj, value):
        print("data-set", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, C.d, C.n)
c.d = 5
c.n = 6
print(c.d, c.n, c.__dict__)
del c.n
print(c.n)
try:
    del c.d
except AttributeError as e:
    print(e)
