# Probe (not in the bench:parallel matrix): threads doing private work (a call and an LCG step per
# iteration) that take one shared Lock every 100 iterations to count their progress, in an
# instance attribute (mode attr) or in a module global (mode global). Compare wall at --workers 1
# and 2, and the --stm-stats tables:
#   bin/pystm --workers 2 --stm-stats bench/sparse_lock.py 2 2000000 attr
# vm/NOTES.md "Lock releases end transactions". Last line: the number of critical sections.
import sys
import threading

progress = 0
lock = threading.Lock()


class Counter:
    value = 0


counter = Counter()


def step(x):
    return (x * 1103515245 + 12345) & 0x7fffffff


def work_attr(n):
    x = 1
    for i in range(n):
        x = step(x)
        if i % 100 == 0:
            with lock:
                counter.value += 1
    return x


def work_global(n):
    global progress
    x = 1
    for i in range(n):
        x = step(x)
        if i % 100 == 0:
            with lock:
                progress += 1
    return x


def main():
    nt = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
    mode = sys.argv[3] if len(sys.argv) > 3 else 'attr'
    work = work_global if mode == 'global' else work_attr
    ts = [threading.Thread(target=work, args=(n // nt,)) for _ in range(nt)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(progress + counter.value)


main()
