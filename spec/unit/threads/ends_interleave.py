# Threads of different lengths released together: each logs its steps and its end, and the
# thread that runs after an end shows where the scheduler went on (a thread's end goes through
# the driver loop's safe-point call, vm/NOTES.md "A thread's end goes through the safe point").
import threading
log = []
go = threading.Event()
def work(name, n):
    go.wait()
    for i in range(n):
        log.append(name + str(i))
    log.append(name + '.')
    return n
ts = [threading.Thread(target=work, args=(n, k)) for n, k in (('a', 1), ('b', 4), ('c', 2), ('d', 0))]
for t in ts: t.start()
go.set()
for t in ts: t.join()
log.append('main')
print(' '.join(log))
