# The main module ends without join(): the process waits for non-daemon threads to finish.
import threading
import time


def late(i):
    time.sleep(0.1 * (i + 1))
    print('thread', i, 'done')


for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
print('main module ends')
