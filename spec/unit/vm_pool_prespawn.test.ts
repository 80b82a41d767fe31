// The thread pool spawned early (vm/workers/pool.ts prespawnThreadPool): a main script that
// names threading, _thread or concurrent gets its pool workers booting while it imports; they
// attach only at the first thread start. Checked here: a program that names threading and never
// starts a thread ends normally (the waiting worker does not hold the process); one that starts
// threads runs them on the early workers, which see what the CLI set up after they were spawned
// (`--trace-stm` reaches them through the shared environment: "[stm 1]" lines); and `_thread`
// alone, or `concurrent.futures`, work the same way.
import { describe, expect, it } from 'vitest';
import { runPystm } from '../helpers/run';
import { poolCounterSource } from '../helpers/pool_counter';

const COUNTER = poolCounterSource(300);

describe('the pool spawned before the first thread start', () => {
  for (const workers of ['2', '4']) {
    it(`--workers ${workers}: a program that names threading and starts no thread ends normally`, () => {
      const r = runPystm(['--workers', workers, '-c', 'import threading\nprint(threading.active_count(), threading.current_thread().name)'], { timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('1 MainThread\n');
      expect(r.status).toBe(0);
    }, 120_000);

    it(`--workers ${workers}: threads run on the early workers, which see --trace-stm`, () => {
      const r = runPystm(['--workers', workers, '--trace-stm', '--stm-stats', '-c', COUNTER], { timeout: 150_000 });
      expect(r.stdout).toBe('total 1200\n');
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^\[stm [1-9]\] (begin|commit)/m);
      expect(r.stderr).toMatch(/^ {2}attached [\d.]+ s after the process started/m);
    }, 180_000);
  }

  it('_thread alone and concurrent.futures start it the same way', () => {
    const a = runPystm(['--workers', '2', '-c', `
import _thread, time
done = []
lk = _thread.allocate_lock()
lk.acquire()
def f(x):
    done.append(x * 2)
    lk.release()
_thread.start_new_thread(f, (21,))
lk.acquire()
print(done)
`], { timeout: 60_000 });
    expect(a.stdout).toBe('[42]\n');
    expect(a.status).toBe(0);
    const b = runPystm(['--workers', '2', '-c', `
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(ex.map(lambda x: x * x, range(6))))
`], { timeout: 60_000 });
    expect(b.stdout).toBe('[0, 1, 4, 9, 16, 25]\n');
    expect(b.status).toBe(0);
  }, 120_000);

  it('a script that names no threading module still starts the pool at its first thread', () => {
    // (the module that starts the thread is imported under another name: no early spawn)
    const r = runPystm(['--workers', '2', '--trace-stm', '-c', `
t = __import__('thr' + 'eading')
out = []
th = t.Thread(target=lambda: out.append(sum(range(100000))))
th.start(); th.join()
print(out)
`], { timeout: 60_000 });
    expect(r.stdout).toBe('[4999950000]\n');
    expect(r.status).toBe(0);
  }, 120_000);
});
