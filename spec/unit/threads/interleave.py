# Three threads released together append to one list: the order shows the scheduler's slices.
import threading
log = []
go = threading.Event()
def work(name):
    go.wait()
    for i in range(5):
        log.append(name + str(i))
ts = [threading.Thread(target=work, args=(n,)) for n in 'abc']
for t in ts: t.start()
go.set()
for t in ts: t.join()
print(' '.join(log))
