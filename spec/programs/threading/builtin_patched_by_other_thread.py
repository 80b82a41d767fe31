# A builtin loaded through LOAD_GLOBAL's inline hit (interp/loop.ts, the builtins branch) in one
# thread's loop while another thread replaces it in the builtins module, shadows it with a
# global, and deletes the shadow: the looping thread sees each change (the builtins dict's
# read barrier is part of the inline test), and nothing is lost or stale after the joins.
import builtins
import threading

orig = builtins.ascii
seen = []
step = threading.Event()
done = threading.Event()


def watcher():
    last = None
    n = 0
    while not done.is_set():
        r = ascii("abc")
        n += 1
        if r != last:
            seen.append(r)
            last = r
            step.set()
    seen.append(('final', ascii("abcd")))


t = threading.Thread(target=watcher)
t.start()
step.wait()
step.clear()
builtins.ascii = lambda s: 'patched'
step.wait()
step.clear()
globals()['ascii'] = lambda s: 'shadow'
step.wait()
step.clear()
del globals()['ascii']
step.wait()
step.clear()
builtins.ascii = orig
step.wait()
done.set()
t.join()
print(seen)
