# Condition.wait_for with a predicate, with and without a timeout; notify(n) wakes n waiters.
import threading

cond = threading.Condition(threading.Lock())
state = {'n': 0}
woken = []


def waiter(i):
    with cond:
        ok = cond.wait_for(lambda: state['n'] >= 3)
        woken.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for _ in range(3):
    with cond:
        state['n'] += 1
        cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
