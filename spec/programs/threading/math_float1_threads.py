# math's "float -> float" builtins called from threads on every worker (interp/loop.ts
# callFromStack's fast path; a pool worker learns math's impls by a capture run, and its table
# of float functions fills then): the same results as one thread, errors raised as the builtin's.
import math
import threading
from math import sin, cos, sqrt, exp

results = {}
errors = {}


def work(k):
    s = 0.0
    for i in range(20000):
        x = i * 0.001 + k
        s += sin(x) * cos(x) + sqrt(x) + math.tanh(x)
    results[k] = s
    try:
        for x in (1.0, 2.0, 800.0 + k):
            exp(x)
    except OverflowError as e:
        errors[k] = str(e)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in range(4):
    print(k, '%.9f' % results[k], errors.get(k))
try:
    sqrt(-1.0)
except ValueError as e:
    print('main', e)
