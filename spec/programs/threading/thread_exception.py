# An uncaught exception in a thread is printed by threading.excepthook; the other threads go on.
import io
import sys
import threading

err = io.StringIO()
sys.stderr = err
results = []


def boom():
    raise ValueError('boom in thread')


def fine():
    results.append('fine ran')


t1 = threading.Thread(target=boom)
t1.start()
t1.join()
t2 = threading.Thread(target=fine)
t2.start()
t2.join()
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(results)
