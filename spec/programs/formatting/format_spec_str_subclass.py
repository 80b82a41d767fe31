# format() and the __format__ methods of int, bool, float, complex, str and object accept a str
# subclass as the spec (it formats as its text) and reject non-str specs with CPython's TypeError.
class Spec(str):
    pass

print(repr(format(0, Spec('10'))))
print(repr(format(1.5, Spec('8.2f'))))
print(repr(format(True, Spec(''))))
print(repr(format(True, Spec('>6'))))
print(repr(format(1j, Spec('>5'))))
print(repr(format('a', Spec('>3'))))
print(repr(format(None, Spec(''))))
for value in (3, 2.5, 1j, 'x', object(), None):
    for spec in (3, None):
        try:
            type(value).__format__(value, spec)
        except TypeError as e:
            print(type(value).__name__, 'TypeError:', e)
try:
    format(object(), Spec('s'))
except TypeError as e:
    print('TypeError:', e)
