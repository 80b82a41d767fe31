# A @contextmanager whose finally joins threads that sleep below a builtin (an lru_cache'd
# function, map()): the with statement's __exit__ runs in the interpreter's own loop, so the
# join parks the main thread. It used to run in a nested loop above the sleepers' own nested
# waits, where neither could go on: "all threads are blocked (deadlock)" (test_functools
# test_lru_cache_threaded3 hung).
import contextlib
import functools
import threading
import time


@contextlib.contextmanager
def start_threads(threads):
    started = []
    try:
        for t in threads:
            t.start()
            started.append(t)
        yield
    finally:
        for t in started:
            t.join(300.0)


class Joining:
    def __init__(self, threads):
        self.threads = threads

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, typ, value, tb):
        for t in self.threads:
            t.join()
        return False


def main():
    @functools.lru_cache(maxsize=2)
    def f(x):
        time.sleep(.01)
        return 3 * x

    results = []
    lock = threading.Lock()

    def test(i, x):
        r = f(x)
        with lock:
            results.append((i, r))

    threads = [threading.Thread(target=test, args=(i, v)) for i, v in enumerate([1, 2, 2, 3, 2])]
    with start_threads(threads):
        pass
    print(sorted(results))

    def sleeper(out):
        out.extend(map(lambda d: (time.sleep(d), d)[1], [0.01, 0.02]))

    outs = [[] for _ in range(3)]
    with Joining([threading.Thread(target=sleeper, args=(o,)) for o in outs]) as j:
        pass
    print(outs, all(not t.is_alive() for t in j.threads))


main()
