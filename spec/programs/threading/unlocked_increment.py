# `+=` on a shared counter without a lock may lose updates (as in CPython), never more.
import sys
import threading

sys.setswitchinterval(1e-6)
count = 0


def work():
    global count
    for _ in range(20000):
        count += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(0 < count <= 80000)
print(sys.getswitchinterval() == 1e-6)
