# 1000 threads are alive at once (all blocked on one Event), then all finish.
import threading

go = threading.Event()
lock = threading.Lock()
total = 0


def work(i):
    global total
    go.wait()
    with lock:
        total += i


threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
print('alive:', sum(t.is_alive() for t in threads), threading.active_count())
go.set()
for t in threads:
    t.join()
print('total:', total, 'alive:', threading.active_count())
