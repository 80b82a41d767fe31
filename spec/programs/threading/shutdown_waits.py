# The main module ends without join(): the process waits for non-daemon threads to finish.
# (The threads go on only after the main module's last statement, one after the other: the
# output does not depend on timing.)
import threading
import time

turns = [threading.Event() for _ in range(4)]


def late(i):
    turns[i].wait()
    time.sleep(0.05)
    print('thread', i, 'done')
    turns[i + 1].set()


for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
print('main module ends')
turns[0].set()
