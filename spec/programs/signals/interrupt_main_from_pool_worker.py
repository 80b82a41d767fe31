# _thread.interrupt_main() from a thread that runs on a pool worker (it sleeps while the main
# thread spins, so another JS thread wakes it): the main thread's busy loop gets the
# KeyboardInterrupt. The trip was JS state of the worker's own thread once, and was lost.
import _thread
import threading
import time


def other():
    time.sleep(0.5)
    sum(range(10000))
    _thread.interrupt_main()


threading.Thread(target=other).start()
try:
    while True:
        pass
except KeyboardInterrupt:
    print('interrupt_main from a thread')
