// A threaded program for tests that check work ran on the pool's workers (vm_pool_prespawn,
// vm_stm_threads): 4 threads each do `rounds` steps of work outside a Lock and an increment under
// it, then keep working (at most 90 s) until some thread has run on a pool worker
// (`_pystm_workers.slot() != 0`). On a loaded host the pool may attach only after the counted
// work is done (a CI run did all 1200 steps on worker 0 in 0.19 s): the wait makes the checks
// independent of timing. Prints `total <4 * rounds>`.
export function poolCounterSource(rounds: number): string {
  return `import threading, time, _pystm_workers
rounds = ${rounds}
total = 0
lock = threading.Lock()
elsewhere = []
def note_worker():
    if _pystm_workers.slot() != 0:
        elsewhere.append(1)
def work():
    global total
    x = 0
    for i in range(rounds):
        for j in range(2000):  # (work outside the lock: the pool attaches meanwhile)
            x += j
        with lock:
            total += 1
        note_worker()
    deadline = time.monotonic() + 90
    while not elsewhere and time.monotonic() < deadline:
        for j in range(2000):
            x += j
        note_worker()
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('total', total)
`;
}
