# join(timeout) returns while the thread still runs; is_alive() tells; join() then waits.
import threading
import time

release = threading.Event()


def slow():
    release.wait()
    time.sleep(0.01)


t = threading.Thread(target=slow)
t.start()
t.join(0.02)
print('alive after join(0.02):', t.is_alive())
t.join(0)
print('alive after join(0):', t.is_alive())
release.set()
t.join()
print('alive after join():', t.is_alive())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=slow).join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
