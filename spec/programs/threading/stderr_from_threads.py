# print(..., file=sys.stderr) and sys.stdout/sys.stderr methods from threads (which may run on
# other workers than the one that made the standard streams).
import sys
import threading
import time

done = []
errors = []
lock = threading.Lock()


def spin():
    x = 0
    for k in range(100000):
        x += k
    return x


def work(i):
    time.sleep(0.3)  # the worker pool is up by now: threads run on pool workers too
    spin()
    try:
        print('to stderr from', i, file=sys.stderr)
        sys.stderr.write('write %d\n' % i)
        sys.stderr.flush()
        sys.stdout.write('')
        sys.stdout.flush()
        print('stderr is open:', not sys.stderr.closed, sys.stderr.name, file=sys.stderr)
        with lock:
            done.append(i)
    except Exception as e:
        errors.append('%s: %s' % (type(e).__name__, e))


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('done:', sorted(done))
print('errors:', errors)
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stderr.encoding)
