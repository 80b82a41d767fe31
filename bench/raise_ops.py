# raise_ops: nanoseconds per item of exceptions raised by the VM's helpers (not by a Python
# `raise`) and caught in the same function, and of the builtin calls around them, for pystm
# beside python3 (issue 5). Same shape as everyday_ops.py (one "name ns" line each, best of
# ROUNDS by time.process_time); `node bench/everyday_ops.mjs N ROUNDS bench/raise_ops.py` runs it
# under both and prints the ratios:
#   python3 bench/raise_ops.py [N] [ROUNDS] [name,name...]
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
ONLY = sys.argv[3].split(",") if len(sys.argv) > 3 else None

L = list(range(N))
SHORT = [1, 2, 3]
DEQUE = __import__("collections").deque()
HEAPPOP = __import__("heapq").heappop


class P:
    def __init__(self, a):
        self.a = a


O = P(1)


def attr_miss():
    o = O
    for x in L:
        try:
            o.nope
        except AttributeError:
            pass

def method_miss():
    o = O
    for x in L:
        try:
            o.nope()
        except AttributeError:
            pass

def getattr_miss():
    o = O
    for x in L:
        try:
            getattr(o, "nope")
        except AttributeError:
            pass

def getattr_default():
    o = O
    for x in L: getattr(o, "nope", None)

def hasattr_miss():
    o = O
    for x in L: hasattr(o, "nope")

def next_exhausted():
    it = iter(())
    for x in L:
        try:
            next(it)
        except StopIteration:
            pass

def gen_return():
    def g():
        return 1
        yield
    for x in L:
        try:
            next(g())
        except StopIteration:
            pass

def index_error():
    s = SHORT
    for x in L:
        try:
            s[x]
        except IndexError:
            pass

def int_valueerror():
    for x in L:
        try:
            int("x")
        except ValueError:
            pass

def len_typeerror():
    for x in L:
        try:
            len(x)
        except TypeError:
            pass

def dict_pop_miss():
    d = {}
    for x in L:
        try:
            d.pop(x)
        except KeyError:
            pass

def dict_del_miss():
    d = {}
    for x in L:
        try:
            del d[x]
        except KeyError:
            pass

def zero_div():
    for x in L:
        try:
            x // 0
        except ZeroDivisionError:
            pass

def list_index_miss():
    s = SHORT
    for x in L:
        try:
            s.index(0)
        except ValueError:
            pass

def list_pop_empty():
    s = []
    for x in L:
        try:
            s.pop()
        except IndexError:
            pass

def set_remove_miss():
    s = set()
    for x in L:
        try:
            s.remove(x)
        except KeyError:
            pass

def deque_popleft_empty():
    q = DEQUE
    for x in L:
        try:
            q.popleft()
        except IndexError:
            pass

def dict_popitem_empty():
    d = {}
    for x in L:
        try:
            d.popitem()
        except KeyError:
            pass

def str_index_error():
    s = "abc"
    for x in L:
        try:
            s[x]
        except IndexError:
            pass

def float_valueerror():
    for x in L:
        try:
            float("x")
        except ValueError:
            pass

def int_base_valueerror():
    for x in L:
        try:
            int("12g", 16)
        except ValueError:
            pass

def binop_typeerror():
    for x in L:
        try:
            x + "a"
        except TypeError:
            pass

def unpack_valueerror():
    s = SHORT
    for x in L:
        try:
            a, b = s
        except ValueError:
            pass

def hash_typeerror():
    s = SHORT
    for x in L:
        try:
            hash(s)
        except TypeError:
            pass

def iter_typeerror():
    for x in L:
        try:
            iter(x)
        except TypeError:
            pass

def heappop_empty():
    h = []
    pop = HEAPPOP
    for x in L:
        try:
            pop(h)
        except IndexError:
            pass

def none_subscript():
    n = None
    for x in L:
        try:
            n[0]
        except TypeError:
            pass

def for_not_iterable():
    n = 5
    for x in L:
        try:
            for y in n:
                pass
        except TypeError:
            pass

def compare_typeerror():
    for x in L:
        try:
            x < "a"
        except TypeError:
            pass

def _two(a, b):
    return a

def call_missing_arg():
    f = _two
    for x in L:
        try:
            f(x)
        except TypeError:
            pass

def call_unexpected_kw():
    f = _two
    for x in L:
        try:
            f(x, 1, c=2)
        except TypeError:
            pass

def contains_unhashable():
    s = {1, 2}
    k = []
    for x in L:
        try:
            k in s
        except TypeError:
            pass

def store_subscr_index():
    s = SHORT
    for x in L:
        try:
            s[x + 3] = 0
        except IndexError:
            pass

def list_remove_miss():
    s = SHORT
    for x in L:
        try:
            s.remove(0)
        except ValueError:
            pass

def str_index_miss():
    s = "abc"
    for x in L:
        try:
            s.index("z")
        except ValueError:
            pass

def inplace_typeerror():
    for x in L:
        y = x
        try:
            y += None
        except TypeError:
            pass

def store_attr_nodict():
    o = object()
    for x in L:
        try:
            o.a = x
        except AttributeError:
            pass

def isinstance_int():
    for x in L: isinstance(x, int)

def getattr_hit():
    o = O
    for x in L: getattr(o, "a")

def dict_get_hit():
    d = {1: 1}
    for x in L: d.get(1)

def len_list():
    s = SHORT
    for x in L: len(s)


OPS = [attr_miss, method_miss, getattr_miss, getattr_default, hasattr_miss, next_exhausted,
       gen_return, index_error, int_valueerror, len_typeerror, dict_pop_miss, dict_del_miss,
       zero_div, list_index_miss, list_pop_empty, set_remove_miss, deque_popleft_empty,
       dict_popitem_empty, str_index_error, float_valueerror, int_base_valueerror, binop_typeerror,
       unpack_valueerror, hash_typeerror, iter_typeerror, heappop_empty, none_subscript,
       for_not_iterable, compare_typeerror, call_missing_arg, call_unexpected_kw,
       contains_unhashable, store_subscr_index, list_remove_miss, str_index_miss,
       inplace_typeerror, store_attr_nodict, isinstance_int, getattr_hit, dict_get_hit, len_list]

# a warm-up pass over every operation first (untimed), as everyday_ops.py
for op in OPS:
    if ONLY is None or op.__name__ in ONLY:
        op()
for op in OPS:
    if ONLY is not None and op.__name__ not in ONLY:
        continue
    best = 1e9
    for _ in range(ROUNDS):
        t0 = time.process_time()
        op()
        best = min(best, time.process_time() - t0)
    print(op.__name__, round(best * 1e9 / N, 1))
