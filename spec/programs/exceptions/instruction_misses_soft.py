# Everyday exceptions of instructions soft-raised since h33-exc (no JS throw): GET_ITER of a
# non-iterable (`for x in 5`), COMPARE_OP's unsupported order (`1 < 'a'`, also fused with its
# jump), a Python function called with arguments that do not fit (missing, too many, unexpected
# or repeated keywords, keyword-only, positional-only), CONTAINS_OP with an unhashable key,
# STORE_SUBSCR out of a list's range or on what has no item assignment, STORE_ATTR on an object
# without a __dict__ for the name. Each is caught many times in a loop, caught by its caller,
# passes a `finally`, is raised inside a handler (__context__) and `from` (__cause__), and its
# printed traceback (lines, carets) is CPython's.
import sys
import traceback


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return tuple(out)


def two(a, b):
    return a


def kwonly(a, *, k):
    return a


def posonly(a, /, b):
    return a


def star(a, *args, **kw):
    return a


class Obj:
    def m(self, x):
        return x

    def __call__(self, x):
        return x


class Slots:
    __slots__ = ("a",)


class NoCmp:
    pass


class Cmp:
    def __lt__(self, other):
        return NotImplemented


OBJ = Obj()
SL = Slots()
LST = [1, 2, 3]


def get_iter_int():
    for x in 5:
        pass


def get_iter_none():
    n = None
    return [x for x in n]


def get_iter_obj():
    for x in NoCmp():
        pass


def cmp_int_str():
    return 1 < "a"


def cmp_fused(x):
    if x >= "b":
        return 1
    return 0


def cmp_chained(x):
    return 0 < x < "z"


def cmp_float_str():
    return 1.5 <= "a"


def cmp_objs():
    return NoCmp() > Cmp()


def cmp_list_dict():
    return [] < {}


def call_missing():
    return two(1)


def call_many():
    return two(1, 2, 3)


def call_kw():
    return two(1, 2, c=3)


def call_twice():
    return two(1, a=2)


def call_kwonly():
    return kwonly(1)


def call_posonly():
    return posonly(a=1, b=2)


def call_method():
    return OBJ.m()


def call_dunder():
    return OBJ()


def call_star():
    return star()


def call_lambda():
    return (lambda p, q: p)(1)


def contains_list():
    return [] in {1, 2}


def contains_dict_key():
    return {} not in {1: 2}


def contains_set_in_dict():
    return {1} in {}


def contains_frozen(s):
    if bytearray() in s:
        return 1
    return 0


def store_list():
    LST[3] = 0


def store_list_neg():
    LST[-4] = 0


def store_tuple():
    t = (1, 2)
    t[0] = 5


def store_str():
    s = "ab"
    s[1] = "c"


def store_none():
    n = None
    n["k"] = 1


def store_attr_object():
    o = object()
    o.a = 1


def store_attr_int():
    i = 5
    i.a = 1


def store_attr_slots():
    SL.b = 1


def store_attr_readonly():
    o = object()
    o.__str__ = None


CASES = [get_iter_int, get_iter_none, get_iter_obj, cmp_int_str, lambda: cmp_fused(1),
         lambda: cmp_chained(5), cmp_float_str, cmp_objs, cmp_list_dict, call_missing, call_many,
         call_kw, call_twice, call_kwonly, call_posonly, call_method, call_dunder, call_star,
         call_lambda, contains_list, contains_dict_key, contains_set_in_dict,
         lambda: contains_frozen(frozenset()), store_list, store_list_neg, store_tuple, store_str,
         store_none, store_attr_object, store_attr_int, store_attr_slots, store_attr_readonly]

# each many times in a loop, caught by the caller: type, args, traceback entries, no context
for fn in CASES:
    seen = set()
    for i in range(300):
        try:
            fn()
            seen.add("no exception")
        except Exception as e:
            seen.add((type(e).__name__, e.args, tb_lines(e)[1:], e.__context__, e.__cause__))
    print(sorted(seen, key=repr))


# caught in the same frame, in a loop, with a finally around it
def same_frame():
    counts = {}
    fin = 0
    s = {1}
    L = [0]
    o = object()
    for i in range(500):
        for kind in range(6):
            try:
                try:
                    if kind == 0:
                        for x in i:
                            pass
                    elif kind == 1:
                        i < "a"
                    elif kind == 2:
                        two(i)
                    elif kind == 3:
                        [i] in s
                    elif kind == 4:
                        L[i + 1] = i
                    else:
                        o.x = i
                finally:
                    fin += 1
            except (TypeError, IndexError, AttributeError) as e:
                k = (kind, type(e).__name__, str(e), e.__traceback__.tb_lineno - same_frame.__code__.co_firstlineno)
                counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print(k, counts[k])
    print("finally", fin)


same_frame()


# raised inside a handler (__context__), and `from` (__cause__); sys.exc_info() in the handler
for fn in CASES[::3]:
    try:
        try:
            {}["missing"]
        except KeyError:
            fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__context__), e.__suppress_context__, sys.exc_info()[0].__name__)
    try:
        try:
            fn()
        except Exception as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(repr(e.__cause__), tb_lines(e.__cause__)[1:])


# in a generator and a with block
def gen():
    yield 1
    for x in None:
        yield x


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__, v)
        return True


g = gen()
print(next(g))
try:
    next(g)
except TypeError as e:
    print("gen", e, tb_lines(e)[1:])
with CM():
    two()
print("after with")

# the printed tracebacks
for fn in CASES:
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

# nothing raised where nothing should be
print(1 < 2.5, "a" < "b", [1] < [2], (1, 2) < (1, 3), [] in [[]], {1} in {frozenset({1})},
      frozenset() in {frozenset()}, star(1, 2, k=3), posonly(1, b=2), kwonly(1, k=2))
LST[-3] = 9
SL.a = 4
print(LST, SL.a)

# messages with names that are not plain ASCII identifiers, a dotted C type name, a long name
from collections import deque, OrderedDict


def fünc(a, b):
    return a


def 𝔣(a, b):
    return a


class Ünï:
    pass


class 𝔘:
    pass


class AVeryLongClassNameThatIsMuchLongerThanSixteenCharacters:
    pass


for f in (fünc, 𝔣, two):
    for call in (lambda: f(1), lambda: f(1, 2, c=3), lambda: f(1, 2, **{"ü": 1}), lambda: f(1, 2, **{"𝔷": 1}), lambda: f(1, b=2, a=3)):
        try:
            call()
        except TypeError as e:
            print(e)
for v in (deque(), OrderedDict(), Ünï(), 𝔘(), AVeryLongClassNameThatIsMuchLongerThanSixteenCharacters(), None, len):
    for op in (lambda: v < v, lambda: v >= 1, lambda: [x for x in v], lambda: v in {1}, lambda: v in {}, lambda: v + 1, lambda: 1 - v):
        try:
            op()
            print("ok")
        except TypeError as e:
            print(e)
    for st in ("item", "attr"):
        try:
            if st == "item":
                v[0] = 1
            else:
                v.zz = 1
            print("stored")
        except (TypeError, IndexError, AttributeError) as e:
            print(type(e).__name__, e)
try:
    [1].remove(5)
except ValueError as e:
    print(e.args)
try:
    "abc".rindex("z")
except ValueError as e:
    print(e.args)

# settrace's 'exception' events: the frame, the line, the exception
events = []


def tracer(frame, event, arg):
    if event == "exception":
        events.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, arg[0].__name__, str(arg[1])))
    return tracer


def traced():
    for op in range(6):
        try:
            if op == 0:
                1 < "a"
            elif op == 1:
                for x in 5:
                    pass
            elif op == 2:
                two(1)
            elif op == 3:
                [] in {1}
            elif op == 4:
                [1][3] = 1
            else:
                object().a = 1
        except Exception:
            pass


sys.settrace(tracer)
traced()
sys.settrace(None)
for e in events:
    print(e)
