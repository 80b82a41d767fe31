# bench/warmup_rate.py: how fast two guest threads run over time, to see the JS engine's warm-up
# of the interpreter loop in each JS thread (bench/NOTES.md "Where the parallel speedup goes").
# Two threads (A, B) each run the same float loop and record every ~0.1 s how far they got;
# the output is, per thread, "seconds since start:thousand iterations per second". With
# `--workers 2` and two threads nobody switches (the run queue stays empty), so A runs on the
# main JS thread and B on the pool worker once it has attached; at `--workers 1` they alternate.
#   bin/pystm --workers 2 bench/warmup_rate.py
# Not a benchmark (no checksum, timing output): a diagnostic.
import threading, time, sys
T0 = time.perf_counter()
marks = {}
def work(name):
    out = marks[name] = []
    i = 0
    total = 0.0
    nxt = time.perf_counter() + 0.1
    while i < 4_000_000:
        x = i * 0.5
        total += x * x - x
        i += 1
        if i % 2000 == 0:
            t = time.perf_counter()
            if t >= nxt:
                out.append((round(t - T0, 2), i))
                nxt = t + 0.1
ths = [threading.Thread(target=work, args=(n,)) for n in 'AB']
for t in ths: t.start()
for t in ths: t.join()
for n in 'AB':
    m = marks[n]
    rates = []
    prev_t, prev_i = m[0]
    for t, i in m[1:]:
        rates.append('%.1f:%d' % (t, (i - prev_i) / (t - prev_t) / 1000))
        prev_t, prev_i = t, i
    print(n, ' '.join(rates[:40]))
