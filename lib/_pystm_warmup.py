# Run once by the VM (vm/interp/warmup.ts) at the first safe point of the main thread, in a fresh
# namespace, never imported: it executes each common path of the dispatch loop (ints, floats,
# branches on non-bools, generators resumed by `for`, `yield from` and sum(), list/tuple/set/dict
# building, subscripts, unpacking, calls, methods, attributes) while V8 is still collecting type
# feedback for run(), so that TurboFan's first compile of run() does not contain deoptimization
# exits for paths the program reaches a little later (each one cost a full recompile of run()).
# Nothing here may print, import, raise or keep state.
def _w_gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

def _w_tree(d):
    if d == 0:
        yield d
        return
    yield from _w_tree(d - 1)
    yield d

class _W:
    def __init__(self, x, y=2.0):
        self.x = x
        self.y = y
    def m(self, k):
        return self.x * k + self.y

def _w_main(k):
    t = 0
    f = 0.5
    l = [1, 2, 3]
    d = {1: 2}
    s = set()
    for i in range(k):
        t += i * 2 - 1
        t = t % 1000003 + (i // 3) - (i & 1)
        f = f * 1.5 + i - 0.25 / (f + 1.0)
        if f > 1e6 or f < -1e6:
            f = 0.5
        if i:
            t -= 1
        if l:
            t += 1
        l[i % 3] = i
        t += l[-1] + l[0]
        a, b = i, t
        p = (a, b)
        x, y = p
        s.add(x)
        t += len(s) + d.get(1, 0)
        o = _W(f)
        o.x = o.m(2.0) - o.y
        f = o.x if o.x < 10.0 else 1.0
        for v in l:
            t += v
        for q in _w_gen(3):
            t += q
        for u, w in [(1, 2), (3, 4)]:
            t += u * w
        for z in iter(d):
            t += z
        t += sum(_w_tree(2)) + sum(v * v for v in _w_gen(3))
        t += len([v + 1 for v in l]) + len({v - 1 for v in l})
        t += len(l[1:]) + len(p + p)
        if -f < 0.0 and f <= 1e9 and not (t != t):
            t += 1
        c = i < 5
        e = f > 0.5
        if c or e:
            t += 1
        t = (t + i * 1000000007) % 1000003
        r = 'a' + str(i)
        r = r * 2 + '%d' % i
        l2 = l * 2
        l2 += [i]
        l2.append(i)
        big.append(i)
        big[i] = big[-1] + big[i + 1]
        for v in big:
            t += v
            break
    return t, f

big = [0] * 3000

_w_main(4)
