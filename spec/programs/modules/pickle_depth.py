# pickle: nesting depth: lists and dicts nested 400 deep pickle (as CPython's C pickler does), 900
# deep raise RecursionError 'maximum recursion depth exceeded while pickling an object'.
import pickle
for n in (100, 200, 240, 300, 400, 900, 990, 1100):
    deep = []
    for i in range(n): deep = [deep]
    try:
        d = pickle.dumps(deep); pickle.loads(d); print(n, 'ok')
    except RecursionError as e: print(n, 'RecursionError')
    deep = {}
    for i in range(n): deep = {'a': deep}
    try:
        d = pickle.dumps(deep); print(n, 'ok')
    except RecursionError as e: print(n, 'RecursionError')
