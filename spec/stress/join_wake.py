# Stress: the wake-ups that end waits, across workers, with nested waits beside them. Each round
# starts a consumer blocked below a builtin (`for x in iter(q.get, None)`: a nested wait, which the
# other threads get past by running on its worker), a thread in timed nested waits
# (`list(map(...))` over `q.get(timeout=...)`: their timers fire on whichever worker looks), and
# workers that add to a counter under a Lock and feed the consumer; the main thread joins them
# all. A wake-up lost, or a false "all threads are blocked (deadlock)" report (the JS thread that
# reports once read the busy count and the run queue at different moments), fails the run; each
# round checks the counter, the consumer's sum and that every joined thread ended.
# Usage: join_wake.py [rounds=100] [workers=3].
import queue
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
nworkers = int(sys.argv[2]) if len(sys.argv) > 2 else 3

lock = threading.Lock()
counter = [0]


def work(q, n):
    total = 0
    for i in range(n):
        total += i % 7
    with lock:
        counter[0] += 1
    q.put(total)


def consume(q, out):
    out.append(sum(iter(q.get, None)))


def get_or_none(q, timeout):
    try:
        return q.get(timeout=timeout)
    except queue.Empty:
        return None


def timed(q, out):
    out.append(list(map(lambda _: get_or_none(q, 0.001), range(3))))


bad = 0
expected_sum = sum(i % 7 for i in range(500))
for r in range(rounds):
    q = queue.Queue()
    tq = queue.Queue()
    sums = []
    timed_out = []
    consumer = threading.Thread(target=consume, args=(q, sums))
    waiter = threading.Thread(target=timed, args=(tq, timed_out))
    consumer.start()
    waiter.start()
    ws = [threading.Thread(target=work, args=(q, 500)) for _ in range(nworkers)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    tq.put(r)
    q.put(None)
    consumer.join()
    waiter.join()
    if any(t.is_alive() for t in ws + [consumer, waiter]):
        bad += 1
    if sums != [expected_sum * nworkers]:
        bad += 1
    if len(timed_out) != 1 or len(timed_out[0]) != 3 or [x for x in timed_out[0] if x is not None] not in ([], [r]):
        bad += 1
if counter[0] != rounds * nworkers:
    bad += 1
print('rounds', rounds, 'joins', rounds * (nworkers + 2), 'bad', bad)
