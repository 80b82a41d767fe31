# Module code called as a function (types.FunctionType over compile(..., 'exec')): its names go to
# the function's globals, as CPython gives code without CO_OPTIMIZED its globals as locals.
from types import FunctionType
g = {}
FunctionType(compile('a = 1\nb = a + 1\ndel a', '<s>', 'exec'), g)()
print(sorted(k for k in g if not k.startswith('__')), g['b'])
def f(): pass
try:
    FunctionType(compile('del nothere', '<s>', 'exec'), {})()
except NameError as e:
    print('NameError', e)
