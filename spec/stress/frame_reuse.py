# Stress: threads make many plain calls (their frames reused: vm/interp/frame_recycle.ts) between
# calls whose frames escape (sys._getframe, tracebacks, a generator's f_back), all writing one
# shared dict so that transactions conflict and abort (an abort drops the spare frames with the
# nursery) while collections run. Checked after every round: each frame kept still shows its own
# code, locals and f_back, every plain result equals its closed form, and the shared total is the
# sum of what the threads added. Usage: frame_reuse.py [rounds=60] [threads=4] [calls=300].
import gc
import random
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
calls = int(sys.argv[3]) if len(sys.argv) > 3 else 300
shared = {'total': 0}
lock = threading.Lock()


def plain(a, b=3):
    c = a * b
    return c + 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def grab(tag, n):
    mine = (tag, n)
    return sys._getframe()


def via(tag, n):
    outer_mark = tag
    return grab(tag, n)


def boom(tag):
    where = tag
    raise ValueError(tag)


def catch(tag):
    try:
        boom(tag)
    except ValueError as e:
        return e


def gen_back():
    yield sys._getframe().f_back


def run_gen(tag):
    gen_mark = tag
    return next(gen_back())


bad = 0
for r in range(rounds):
    kept = {}
    added = [0] * nthreads
    before = shared['total']

    def work(k):
        rng = random.Random(r * 1000 + k)
        frames = []
        for i in range(calls):
            tag = (k, i)
            x = rng.randrange(100)
            if plain(x) != 3 * x + 1 or plain(x, 5) != 5 * x + 1:
                frames.append(('plain', None))
            if i % 37 == 0 and fib(12) != 144:
                frames.append(('fib', None))
            kind = i % 11
            if kind == 0:
                frames.append(('grab', tag, via(tag, i)))
            elif kind == 3:
                frames.append(('tb', tag, catch(tag)))
            elif kind == 7:
                frames.append(('gen', tag, run_gen(tag)))
            if i % 5 == 0:
                with lock:
                    shared['total'] += 1
                added[k] += 1
            else:
                shared[k] = shared.get(k, 0) + x  # (conflicts on the dict: aborts)
        kept[k] = frames

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    if r % 10 == 0:
        gc.collect()
    for t in ts:
        t.join()
    for k, frames in kept.items():
        for item in frames:
            if item[0] in ('plain', 'fib'):
                bad += 1
                continue
            what, tag, obj = item
            if what == 'grab':
                ok = obj.f_code.co_name == 'grab' and obj.f_locals['mine'] == (tag, tag[1]) \
                    and obj.f_back.f_code.co_name == 'via' and obj.f_back.f_locals['outer_mark'] == tag
            elif what == 'tb':
                tb = obj.__traceback__
                ok = tb.tb_frame.f_code.co_name == 'catch' and tb.tb_next.tb_frame.f_locals['where'] == tag \
                    and tb.tb_next.tb_frame.f_back.f_code.co_name == 'catch'
            else:
                ok = obj.f_code.co_name == 'run_gen' and obj.f_locals['gen_mark'] == tag
            if not ok:
                bad += 1
    if shared['total'] != before + sum(added) or len(kept) != nthreads:
        bad += 1
print('rounds', rounds, 'bad', bad)
