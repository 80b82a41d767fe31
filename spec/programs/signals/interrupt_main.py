# _thread.interrupt_main() raises KeyboardInterrupt in the main thread (at once when called there,
# at the main thread's next check from another thread); signals Python does not handle are ignored.
import _thread
import signal
import threading

try:
    _thread.interrupt_main()
    for i in range(10):
        pass
    print('not reached')
except KeyboardInterrupt as e:
    print('main thread:', repr(e))
print(_thread.interrupt_main(signal.SIGTERM))
try:
    _thread.interrupt_main(99)
except ValueError as e:
    print('ValueError', e)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print('ignored under SIG_IGN')
signal.signal(signal.SIGINT, signal.default_int_handler)
t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start()
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print('from a thread: KeyboardInterrupt')
t.join()
