// A pool worker's prime of its interpreter loop on its private heap (vm/workers/pool_prime.ts,
// lib/_pystm_prime.py; opt-in: PYSTM_POOL_PRIME=1). Checked here: the prime runs to its end
// without an exception in every pool worker (a failing prime would be swallowed and prime less:
// the trace says "ok"), a failing prime file is reported and changes nothing else, the program
// sees nothing of it (its classes, modules and objects were on the private heap, which the
// worker replays again before it attaches: the same output as without the prime), and it is off
// by default. Each program waits until every pool worker has attached (the prime comes before
// the attach), so that a loaded machine cannot end the program first. Also: _pystm_workers'
// calls that read the pool's control block raise RuntimeError on a pool worker (they died there
// with a JS error).
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const PROGRAM = `
import sys, threading, time, _pystm_workers
def attached():
    return all(_pystm_workers.info(k)['pinned'] > 0 for k in range(1, _pystm_workers.count()))
lock = threading.Lock()
go = threading.Event()
total = []
def work(i):
    go.wait()
    s = 0
    for j in range(20000):
        s += j * i
    with lock:
        total.append(s)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
while not attached():
    time.sleep(0.01)
go.set()
for t in ts: t.join()
print(sorted(total))
names = sorted(c.__name__ for c in object.__subclasses__())
print(len(names), [n for n in names if n in ('_P', '_Q', '_S', '_V', '_W', 'Leak')])
print([m for m in sorted(sys.modules) if 'prime' in m], len(sys.modules))
print(threading.active_count())
`;

const TRACE = { PYSTM_POOL_PRIME: '1', PYSTM_POOL_PRIME_TRACE: '1' };

describe('the pool worker primes its loop on its private heap (PYSTM_POOL_PRIME=1)', () => {
  for (const workers of ['2', '4']) {
    it(`--workers ${workers}: every pool worker runs the prime to its end; the program sees nothing of it`, () => {
      const plain = runPystm(['--workers', workers, '-c', PROGRAM], { timeout: 120_000 });
      expect(plain.status).toBe(0);
      expect(plain.stderr).toBe(''); // (off by default: no trace)
      const primed = runPystm(['--workers', workers, '-c', PROGRAM], { timeout: 120_000, env: TRACE });
      expect(primed.status).toBe(0);
      expect(primed.stdout).toBe(plain.stdout);
      expect(plain.stdout).toMatch(/^\[0, 199990000, 399980000, 599970000\]\n\d+ \[\]\n\[\] \d+\n1\n$/);
      const lines = primed.stderr.split('\n').filter((l) => l.startsWith('[pool '));
      expect(lines.length).toBe(Number(workers) - 1);
      for (const l of lines) expect(l).toMatch(/^\[pool \d\] replay [\d.]+ ms, prime ok [\d.]+ ms, replay again [\d.]+ ms/);
    }, 240_000);
  }

  it('a prime that raises is reported, and the worker attaches all the same', () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-prime-')), 'bad_prime.py');
    fs.writeFileSync(bad, 'class Leak: pass\nraise ValueError("prime broke")\n');
    const r = runPystm(['--workers', '2', '-c', PROGRAM], { timeout: 120_000, env: { ...TRACE, PYSTM_POOL_PRIME_FILE: bad } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\[0, 199990000, 399980000, 599970000\]\n\d+ \[\]\n\[\] \d+\n1\n$/);
    expect(r.stderr).toMatch(/^\[pool 1\] replay [\d.]+ ms, prime failed: ValueError: prime broke [\d.]+ ms, replay again/m);
  }, 120_000);

  it('_pystm_workers.info() on a pool worker raises RuntimeError', () => {
    // (a thread may move between JS threads at any slice end: only a call that began and ended
    // on a pool worker counts; info() is harmless on the main thread. submit, result and kill
    // take the same guard, mainThreadOnly)
    const r = runPystm(['--workers', '2', '-c', `
import threading, time, _pystm_workers
out = []
go = threading.Event()
def work():
    go.wait()
    end = time.monotonic() + 60
    while not out and time.monotonic() < end:
        s0 = _pystm_workers.slot()
        try:
            _pystm_workers.info(1)
            r = 'ran'
        except RuntimeError as e:
            r = str(e)
        if s0 != 0 and _pystm_workers.slot() == s0 and not out:
            out.append(r)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
while _pystm_workers.info(1)['pinned'] == 0:
    time.sleep(0.01)
go.set()
for t in ts: t.join()
print(out)
`], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['pystm workers: info() only on the main thread']\n");
  }, 120_000);
});
