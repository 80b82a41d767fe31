# ThreadPoolExecutor: submit/result, map in order, exceptions, as_completed and wait.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError('no %d' % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(list(ex.map(square, range(5))))
    bad = ex.submit(fail, 3)
    try:
        bad.result()
    except ValueError as e:
        print('ValueError:', e, type(bad.exception()).__name__)
    done = sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(5)]))
    print(done)
    fs = [ex.submit(square, i) for i in range(3)]
    d, nd = wait(fs, return_when=ALL_COMPLETED)
    print(len(d), len(nd), all(f.done() for f in fs))
    names = set(ex.submit(lambda: threading.current_thread().name.rsplit('_', 1)[0]).result() for _ in range(3))
    print(len(names))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.active_count())
