# Builtins that consume a generator which blocks (list(ex.map(...)), sum(f.result() for ...),
# sorted(as_completed(...))): the wait happens below the builtin, so pystm runs it as a nested
# wait inside one inevitable transaction; the pool threads that must run to end it are handed to
# that worker instead of waiting for it (vm/NOTES.md "Nested waits"). The workers also print and
# write shared state while the main thread waits.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

seen = []
lock = threading.Lock()


def work(x):
    with lock:
        seen.append(x)
    if x % 10 == 7:
        print('worker saw', x, flush=True)
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    for r in range(6):
        print('round', r, sum(ex.map(work, range(r * 10, r * 10 + 10))))
    print(sorted(f.result() for f in as_completed([ex.submit(work, i) for i in range(100, 104)])))
    print(max(ex.submit(work, i).result() for i in range(3)))
    print(set(len(str(ex.submit(work, i).result())) for i in range(7)))
print(len(seen), sorted(seen) == sorted(set(seen)))
