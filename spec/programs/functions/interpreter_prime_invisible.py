# pystm runs a small priming program (lib/_pystm_prime.py) at the main thread's first safe point
# (vm/interp/prime_run.ts): nothing of it may be visible. Its class is not among object's
# subclasses, it is not a module, it leaves no global and no output, it does not change the
# random state, and a program's own class named like its class (_P) is unaffected.
import random
import sys

random.seed(5)
first = random.random()
random.seed(5)


class _P:
    def __init__(self, a):
        self.a = a

    def get(self):
        return self.a


total = 0
for i in range(3000):  # well past the first safe point
    total += _P(i).get()
print(total)
print(random.random() == first)
names = [c.__name__ for c in object.__subclasses__() if c.__module__ in ("_pystm_prime", "__main__")]
print(sorted(names))
print("_pystm_prime" in sys.modules, "_main" in globals(), "_gen" in dir())
print(_P.__module__, _P(7).get())
