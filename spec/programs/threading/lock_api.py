# The Lock API: non-blocking and timed acquire, locked(), errors with CPython's messages.
import _thread
import threading

lock = threading.Lock()
print(type(lock).__name__, type(lock) is _thread.LockType)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print('ValueError:', e)
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e9)
print(repr(lock).startswith('<unlocked _thread.lock object at'))


def hold():
    lock.acquire()


t = threading.Thread(target=hold)
t.start()
t.join()
print('held by finished thread:', lock.locked())
lock.release()
ident = _thread.get_ident()
print(isinstance(ident, int), ident == threading.get_ident() == threading.main_thread().ident)
