# A __dict__ defined in the class body (a property) wins over the instance-dict descriptor the
# class would get, as in CPython: attribute access and vars() read it. Also: dir() inside
# eval() with a mapping as locals lists the mapping's keys(); dir, delattr and sum argument
# errors as CPython's.
class C:
    def get_dict(self):
        return {'a': 2}
    __dict__ = property(fget=get_dict)


c = C()
print(c.__dict__, vars(c))


class D:
    @property
    def __dict__(self):
        return {'b': 1}


d = D()
d.x = 5
print(d.__dict__, d.x)


class M:
    def __getitem__(self, k):
        if k == 'a':
            return 12
        raise KeyError(k)

    def keys(self):
        return list('zyx')


print(eval('dir()', {}, M()), eval('a', {}, M()))
for f in (lambda: dir(1, 2), lambda: delattr(c, 1), lambda: sum([], bytearray())):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
