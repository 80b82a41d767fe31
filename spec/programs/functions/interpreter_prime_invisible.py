# pystm runs a small priming program (lib/_pystm_prime.py) once before the program, in a driver
# loop of its own (vm/interp/prime_run.ts): nothing of it may be visible. Its classes are not
# among object's subclasses, it is not a module, it leaves no global, no output, no exception
# state, it does not change the random state, the main thread is alive and the only thread, and
# a program's own classes and functions named like its own (_P, _V, _main) are unaffected.
import random
import sys
import threading

random.seed(5)
first = random.random()
random.seed(5)


class _P:
    def __init__(self, a):
        self.a = a

    def get(self):
        return self.a


class _V:
    def __add__(self, o):
        return "own"


def _main():
    return "mine"


total = 0
for i in range(3000):  # well past the first safe point
    total += _P(i).get()
print(total)
print(random.random() == first)
names = sorted(c.__name__ for c in object.__subclasses__() if c.__module__ in ("_pystm_prime", "__main__"))
print(names)
print("_pystm_prime" in sys.modules, "_gen" in globals(), "_rec" in dir(), "_S" in globals())
print(_P.__module__, _P(7).get(), _V() + 1, _main())
print(sys.exc_info())
print(threading.main_thread().is_alive(), threading.active_count(), threading.current_thread().name)
print(__name__, sorted(k for k in globals() if not k.startswith("__")))
