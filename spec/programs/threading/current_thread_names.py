# Thread names: MainThread, Thread-N (target), explicit names; current_thread() inside a thread.
import threading

names = []
lock = threading.Lock()


def work():
    with lock:
        names.append(threading.current_thread().name)


def other():
    work()


print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
ts = [threading.Thread(target=work), threading.Thread(target=other), threading.Thread(target=work, name='custom'),
      threading.Thread()]
for t in ts:
    print(t.name)
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(names))
print(threading.active_count(), [t.name for t in threading.enumerate()])
ts[0].name = 'renamed'
print(ts[0].name, ts[0].getName())
print(repr(threading.Thread(name='x')).startswith('<Thread(x, initial'))
