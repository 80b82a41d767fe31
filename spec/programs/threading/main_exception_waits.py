# An uncaught exception in the main thread is printed, then the non-daemon threads still finish.
import threading
import time


def late():
    time.sleep(0.02)
    print('thread finished after main failed')


threading.Thread(target=late).start()
raise SystemExit(4)
