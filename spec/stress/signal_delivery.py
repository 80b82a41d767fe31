# Stress: signals tripped by threads reach the main thread exactly once. Each round a thread
# writes the objects the main thread's busy loop writes (conflicts, aborts with workers) and then
# calls _thread.interrupt_main(); the main thread spins until its Python handler has run (no
# signal lost: a deadline), joins the thread and checks the handler ran exactly once per round
# (no signal taken twice). Half the rounds use the default handler (KeyboardInterrupt caught).
# Usage: signal_delivery.py [rounds=200].
import _thread
import signal
import sys
import threading
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
calls = []
shared = {'n': 0}
cells = [0] * 8


def handler(signum, frame):
    calls.append(signum)


def other(k):
    for i in range(50 + k % 7 * 20):
        shared['n'] += 1
        cells[i % 8] += 1
    _thread.interrupt_main()


bad = 0
interrupts = 0
for r in range(rounds):
    keyboard = r % 2 == 1
    signal.signal(signal.SIGINT, signal.default_int_handler if keyboard else handler)
    before = len(calls)
    t = threading.Thread(target=other, args=(r,))
    deadline = time.monotonic() + 20
    got = False
    try:
        t.start()
        while len(calls) == before:
            shared['n'] += 1
            cells[r % 8] += 1
            if time.monotonic() > deadline:
                break
        got = len(calls) == before + 1
    except KeyboardInterrupt:
        got = keyboard
        interrupts += 1
    t.join()
    if not got:
        bad += 1
        print('round', r, 'lost or wrong signal', len(calls) - before, keyboard)
signal.signal(signal.SIGINT, signal.default_int_handler)
expected = rounds - rounds // 2
if len(calls) != expected or interrupts != rounds // 2:
    bad += 1
    print('handler ran', len(calls), 'times, KeyboardInterrupt', interrupts, 'times; expected', expected, rounds // 2)
print('signal_delivery: bad', bad)
