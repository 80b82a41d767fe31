# A daemon thread still running at exit does not keep the process alive; a non-daemon one does.
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


def finish_later():
    time.sleep(0.2)
    print('non-daemon thread finished')


d = threading.Thread(target=forever, daemon=True)
d.start()
n = threading.Thread(target=finish_later)
n.start()
print('daemon:', d.daemon, 'non-daemon:', n.daemon)
print('main done')
