# sys.exit() in a thread ends only that thread; the program goes on and exits normally.
import sys
import threading

log = []


def quitter():
    log.append('before exit')
    sys.exit(3)
    log.append('never')


t = threading.Thread(target=quitter)
t.start()
t.join()
log.append('main continues')
print(log, t.is_alive())
