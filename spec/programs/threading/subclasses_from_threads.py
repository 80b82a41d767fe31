# Classes defined in threads (which may run on other workers) are subclasses seen everywhere;
# atexit handlers registered in threads run at exit; a thread sees the main thread's SIGINT
# handler.
import abc
import atexit
import signal
import threading
import time


class Base:
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


made = {}
lock = threading.Lock()
turns = [threading.Event() for _ in range(5)]
turns[0].set()


def spin():
    x = 0
    for k in range(100000):
        x += k
    return x


def bye(i):
    print('atexit handler', i)


def work(i):
    time.sleep(0.3)  # the worker pool is up by now: threads run on pool workers too
    spin()
    Sub = type('Sub%d' % i, (Base,), {})

    class Square(Shape):
        def area(self):
            return i * i

    Square.__name__ = 'Square%d' % i
    with lock:
        made[i] = (Sub, Square)
    turns[i].wait()
    atexit.register(bye, i)  # in a fixed order
    turns[i + 1].set()


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(c.__name__ for c in Base.__subclasses__()))
print(sorted(c.__name__ for c in Shape.__subclasses__()))
print([issubclass(made[i][1], Shape) for i in range(4)], [made[i][1]().area() for i in range(4)])
seen = []


def look():
    time.sleep(0.2)
    spin()

    class Late(made[0][0]):
        pass

    seen.append(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    seen.append([c.__name__ for c in made[0][0].__subclasses__()])


t = threading.Thread(target=look)
t.start()
t.join()
print(seen)
print('main ends')
