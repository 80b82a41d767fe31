# Frames that Python code holds after their call returned (sys._getframe, tracebacks, f_back,
# generator frames) keep their own code, locals, line and f_back while the same functions are
# called again many times (pystm reuses the frames of calls that returned: interp/frame_recycle.ts).
import sys


def leaf(x):
    y = x * 2
    return sys._getframe()


def mid(x):
    local_mid = x + 100
    return leaf(x)


def describe(f):
    out = []
    while f is not None and f.f_code.co_name != '<module>':
        loc = {k: v for k, v in f.f_locals.items() if not k.startswith('__')}
        out.append((f.f_code.co_name, f.f_lineno, sorted(loc.items())))
        f = f.f_back
    return out


def churn(n):
    t = 0
    for i in range(n):
        t += len(str(leaf(i).f_code.co_name)) + (lambda a, b=2: a + b)(i)
    return t


kept = mid(7)
print(describe(kept))
print(churn(500))
print(describe(kept))

# a frame got by sys._getframe(1): the caller's frame, held after both returned
def caller_of_grab():
    marker = 'outer'
    return grab_parent()


def grab_parent():
    inner = 1
    return sys._getframe(1)


p = caller_of_grab()
churn(200)
print(p.f_code.co_name, p.f_locals['marker'], p.f_back.f_code.co_name)


# tracebacks keep every frame they passed, with f_back to the frame that caught
def deep(n):
    depth_here = n
    if n == 0:
        raise ValueError('bottom')
    return deep(n - 1)


def catcher():
    try:
        deep(3)
    except ValueError as e:
        return e


exc = catcher()
churn(300)
tb = exc.__traceback__
while tb is not None:
    f = tb.tb_frame
    print(f.f_code.co_name, tb.tb_lineno, f.f_locals.get('depth_here'), f.f_back.f_code.co_name if f.f_back else None)
    tb = tb.tb_next


# a generator's frame reads f_back while running: its caller is kept too
def gen():
    yield sys._getframe().f_back
    yield 2


def run_gen():
    here = 'run_gen'
    g = gen()
    return next(g)


fb = run_gen()
churn(300)
print(fb.f_code.co_name, fb.f_locals['here'])


# recursion after frames were reused keeps its limit and its message
def rec(n):
    return rec(n + 1)


churn(100)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
churn(100)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)


# closures and cells outlive a reused frame
def make(k):
    cell = [k]

    def get():
        return cell[0]
    return get


gs = [make(i) for i in range(50)]
print(sum(g() for g in gs))


# locals unset in a reused frame: an UnboundLocalError as in a new one
def maybe(flag):
    if flag:
        v = 1
    return v


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(maybe(True))


# __init__ frames reused: instances stay distinct
class P:
    def __init__(self, a, b=3):
        self.a = a
        self.b = b


ps = [P(i) for i in range(20)]
print([(p.a, p.b) for p in ps[:3]], len({id(p) for p in ps}))
