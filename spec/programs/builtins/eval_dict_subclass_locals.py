# eval/exec with a dict subclass as locals: LOAD_NAME and dir() use its own __getitem__/keys() (PyObject_GetItem, PyMapping_Keys).
import collections
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
g = globals()
print(eval('a', g, d))
try:
    eval('bq', g, d)
except NameError as e:
    print('NameError', e)
print(eval('dir()', g, d), eval('locals()', g, d) is d)
eval('[locals() for i in (2,3)]', g, d)
eval('[locals() for i in (2,3)]', g, collections.UserDict())
exec('x = a + 1', g, d); print(dict(d))
