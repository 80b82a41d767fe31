# A Timer calls its function after the interval; a cancelled Timer never does.
import threading

calls = []
t1 = threading.Timer(0.02, calls.append, args=['fired'])
t2 = threading.Timer(5.0, calls.append, args=['cancelled'])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(calls, t1.is_alive(), t2.is_alive())
