# pickle: nesting depth of tuples, lists, dicts and mixes (saved natively, two recursion levels
# per container as CPython's C pickler): 200 deep pickles at every protocol, 2000 deep raises
# RecursionError 'maximum recursion depth exceeded while pickling an object' and the pickler
# is usable again afterwards. (Protocol 0 saves dicts through Python code here, so its 2000-deep
# message is not C's 'while calling a Python object': left out.)
import pickle


def nest(kind, n):
    x = 0
    for i in range(n):
        if kind == 'tuple':
            x = (x,)
        elif kind == 'list':
            x = [x]
        elif kind == 'dict':
            x = {i: x}
        else:
            x = [(x, {'k': x})] if i % 50 == 0 else [x]
    return x


for kind in ('tuple', 'list', 'dict', 'mix'):
    for n in (200, 2000):
        for proto in ((0, 2, 5) if n < 1000 else (2, 5)):
            try:
                s = pickle.dumps(nest(kind, n), proto)
                print(kind, n, proto, 'ok', len(s), pickle.loads(s) == nest(kind, n))
            except RecursionError as e:
                print(kind, n, proto, 'RecursionError', e)
print(pickle.loads(pickle.dumps([1, (2, 3)], 4)))
