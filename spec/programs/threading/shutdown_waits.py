# The main module ends without join(): the process waits for non-daemon threads to finish.
import threading
import time

t0 = time.monotonic()


def late(i):
    time.sleep(max(0.0, t0 + 1.0 + 0.1 * i - time.monotonic()))
    print('thread', i, 'done')


for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
print('main module ends')
