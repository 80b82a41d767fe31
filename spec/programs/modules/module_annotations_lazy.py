# module.__annotations__ is created (empty) on first access and lives in the module dict.
import types
m = types.ModuleType('m')
print('__annotations__' in m.__dict__, m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'x': int}
print(m.__dict__['__annotations__'])
del m.__annotations__
print('__annotations__' in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError:', e)
x: int = 1
import sys
print(sys.modules[__name__].__annotations__)
