# sys.setprofile's Python-level events (call and return, generators' each resumption, the
# return of a frame an exception leaves), getprofile, and threading.settrace/setprofile, which
# every thread started afterwards installs for itself (the main thread is not traced by them).
import sys
import threading

calls = []
def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ("call", "return"):
        calls.append((frame.f_code.co_name, event, arg))

def square(x):
    return x * x

def gen():
    yield 1
    yield 2

def boom():
    raise ValueError("x")

sys.setprofile(prof)
square(3)
list(gen())
try:
    boom()
except ValueError:
    pass
print(sys.getprofile() is prof)
sys.setprofile(None)
for c in calls:
    print(c)

lock = threading.Lock()
seen = []
def thread_tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        with lock:
            seen.append((threading.current_thread().name, event))
        return thread_tracer
    return None

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

threading.settrace(thread_tracer)
print(threading.gettrace() is thread_tracer, sys.gettrace())
ts = [threading.Thread(target=work, args=(2,), name=f"t{i}") for i in range(2)]
for t in ts:
    t.start()
    t.join()
threading.settrace(None)
work(2)
for s in seen:
    print(s)
