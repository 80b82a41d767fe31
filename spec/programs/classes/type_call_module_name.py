# type(name, bases, ns) without '__module__' in ns takes the calling module's __name__ (as a
# class statement does); an explicit one wins.
A = type('A', (), {})
print(A.__module__, repr(A))
B = type('B', (A,), {'__module__': 'elsewhere'})
print(B.__module__, repr(B))


def make():
    return type('C', (), {'x': 1})


print(make().__module__, make().__qualname__)
import types
print(types.new_class('D').__module__)
