// A pool worker's first call of a native module's builtin (vm/objects/builtin_function.ts
// runNativeFactory, capture mode): the factory runs again on that worker to learn its closures.
// Until 2026-12-05 the capture pinned the module (and `_thread` made and pinned its lock classes),
// which made the worker's transaction inevitable, so every other worker's new locks and token
// waited for a cold transaction. Checked on real workers: threads spin until a pool worker runs
// them, then call builtins of `_thread`, `math`, `_pystm_workers` and 15 more native modules
// (imported by the main thread) and read `_pystm_workers._captures()` (capture runs on that worker, and how many made
// their transaction inevitable: must be 0), and the lock classes work there (they were made by
// the factory, so a worker did not know their slots: `_thread.RLock()` built a lock without its
// state cell, `_thread.LockType.__repr__(l)` refused a lock).
import { describe, expect, it } from 'vitest';
import { runPystm } from '../helpers/run';

const PROGRAM = `
import threading, _thread, _pystm_workers, time, math
import itertools, _operator, _functools, posix, _signal, _weakref, unicodedata, _heapq, _bisect
import atexit, _gc, _traceback, _pystm_hash, _pystm_zlib, _time
out = {}
reached = []
def on_worker(k):
    t0 = time.monotonic()
    while _pystm_workers.slot() == 0 and not reached and time.monotonic() - t0 < 30:
        s = 0
        for i in range(2000): s += i
    slot = _pystm_workers.slot()
    if slot: reached.append(k)
    r = _thread.RLock()
    l = _thread.allocate_lock()
    with l:
        x = math.sqrt(2.0)
    got = [r.acquire(), r._is_owned(), r._recursion_count(), repr(r).split(' at ')[0]]
    r.release()
    got += [_thread.RLock.__repr__(r).split(' at ')[0], type(l).__repr__(l).split(' at ')[0],
            isinstance(l, _thread.LockType), type(r) is _thread.RLock, x == 2.0 ** 0.5, math.floor(2.5)]
    h = [3, 1, 2]
    _heapq.heapify(h)
    more = [list(itertools.tee([1, 2])[0]), _operator.add(1, 2), _functools.reduce(_operator.add, [1, 2, 3]),
            posix.strerror(2), _signal.getsignal(2) is not None, _weakref.getweakrefcount(h),
            unicodedata.name('a'), h, _bisect.bisect_right([1, 2, 3], 2), atexit._ncallbacks() >= 0,
            _gc.isenabled(), _traceback.format_exception_only(ValueError('x')),
            len(_pystm_hash.digest('md5', b'x')), _pystm_zlib.INFLATE_STATE_SIZE > 0, _time.monotonic() > 0]
    print(k, more)
    out[k] = (slot, _pystm_workers._captures(), got)
ts = [threading.Thread(target=on_worker, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(out):
    slot, (runs, inevitable), got = out[k]
    print('worker' if slot else 'main', runs > 0 if slot else '-', inevitable, got)
`;

const WORKS = "[True, True, 1, '<locked _thread.RLock object owner=";

describe('a pool worker\'s capture run of a native factory', () => {
  it('does not make its transaction inevitable, and the module works there', () => {
    const r = runPystm(['--workers', '2', '-c', PROGRAM], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    let lines = r.stdout.trim().split('\n');
    const more = "[[1, 2], 3, 6, 'No such file or directory', True, 0, 'LATIN SMALL LETTER A', [1, 3, 2], 2, True, True, 'ValueError: x\\n', 16, True, True]";
    expect(lines.filter((l) => l.endsWith(more)).length).toBe(2);
    lines = lines.filter((l) => !l.endsWith(more));
    expect(lines.length).toBe(2);
    const onWorker = lines.filter((l) => l.startsWith('worker '));
    // (a thread that never reached a pool worker within 30 s says 'main': the pool is broken)
    expect(onWorker.length).toBeGreaterThan(0);
    for (const l of onWorker) {
      expect(l.startsWith('worker True 0 ')).toBe(true);
      expect(l).toContain(WORKS);
      expect(l).toContain("'<unlocked _thread.RLock object owner=0 count=0', '<unlocked _thread.lock object', True, True, True, 2]");
    }
  }, 150_000);
});
