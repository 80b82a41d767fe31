# Making many subclasses of one class is linear (each new class is listed under its bases
# without looking for it in the list, unless a metaclass's mro() assigned __bases__ meanwhile:
# 100,000 type() calls took 107 s, each copying object's whole subclass list), and
# __subclasses__ stays exact, also when mro() assigns __bases__ while the class is made.
class Base:
    pass

made = [type('C%d' % i, (Base,), {'i': i}) for i in range(60000)]
subs = Base.__subclasses__()
print(len(subs), subs[0].__name__, subs[-1].__name__, subs == made)
print(len(set(map(id, subs))))

class A: pass
class B: pass

class Meta(type):
    def mro(cls):
        if cls.__name__ == 'D' and cls.__bases__ == (A,):
            cls.__bases__ = (B,)
        return type.mro(cls)

class D(A, metaclass=Meta):
    pass

# (D is listed under the bases it has after mro(), not under the ones the class statement gave)
print(D.__bases__, [c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])

