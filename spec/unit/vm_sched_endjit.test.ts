// vm/interp/sched_endjit.ts: at the program's end, threading._shutdown() runs with V8's optimizing
// compiles of run() held (no compile for Node's exit to wait for) only when no other guest thread
// is alive, and they are released before atexit callbacks run. The flag strings it gives V8, and
// the policy seen from a whole program (PYSTM_DEBUG_END_JIT=1 reports hold and release on stderr).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';
import { holdRunCompiles, releaseRunCompiles, runCompilesHeld, setFlagSetterForTest } from '../../vm/interp/sched_endjit';

function pystm(source: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-endjit-')), 'prog.py');
  fs.writeFileSync(f, source);
  const r = spawnSync(process.execPath, [PYSTM, ...args, f], {
    encoding: 'utf8', timeout: 120_000, env: { ...process.env, PYSTM_DEBUG_END_JIT: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sched_endjit: the flags', () => {
  it('excludes run() from TurboFan while held and puts the default filter back', () => {
    const seen: string[] = [];
    setFlagSetterForTest((f) => seen.push(f));
    expect(holdRunCompiles()).toBe(true);
    expect(runCompilesHeld()).toBe(true);
    expect(holdRunCompiles()).toBe(false); // (already held: one release puts it back)
    releaseRunCompiles();
    releaseRunCompiles();
    expect(runCompilesHeld()).toBe(false);
    expect(seen).toEqual(['--turbo-filter=-run', '--turbo-filter=*']);
    process.env.PYSTM_END_JIT = 'keep';
    try {
      expect(holdRunCompiles()).toBe(false);
    } finally {
      delete process.env.PYSTM_END_JIT;
    }
    expect(seen.length).toBe(2);
  });
});

describe('sched_endjit: whole programs', () => {
  const joined = [
    'import atexit, threading',
    'out = []',
    'def work(i): out.append(sum(range(1000 * (i + 1))))',
    'ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'atexit.register(lambda: print("atexit", sorted(out)))',
    'print("main done")',
  ].join('\n');

  for (const args of [['--workers', '1'], ['--workers', '2'], ['--single-threaded']]) {
    it(`holds during _shutdown when every thread was joined, released before atexit (${args.join(' ')})`, () => {
      const r = pystm(joined, args);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('main done\natexit [499500, 1999000, 4498500]\n');
      expect(r.stderr).toBe('[endjit] run() compiles held\n[endjit] released\n');
    });
  }

  it('does not hold while another thread is alive (a daemon blocked at the end)', () => {
    const r = pystm([
      'import threading',
      'ev = threading.Event()',
      'threading.Thread(target=ev.wait, daemon=True).start()',
      'print("main done")',
    ].join('\n'), ['--workers', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('main done\n');
    expect(r.stderr).toBe('');
  });

  it('does nothing without threading, or with PYSTM_END_JIT=keep', () => {
    expect(pystm('print(sum(range(10)))').stderr).toBe('');
    const r = pystm(joined, ['--workers', '2'], { PYSTM_END_JIT: 'keep' });
    expect(r.stdout).toBe('main done\natexit [499500, 1999000, 4498500]\n');
    expect(r.stderr).toBe('');
  });
});
