// Which build runs a program by default (bin/pystm, bin/pystm.js, vm/cli/thread_scan.ts): a
// program FILE or -c code that names no threading module runs on the barrier-free build; one that
// names threading, _thread, concurrent or pystm_workers, or imports a local module that does
// (transitively, beside the script or on PYTHONPATH), runs on the parallel build; so do --workers,
// --stm-stats, --trace-stm, --stm-log, PYPYSTM, -m and stdin. PYSTM_BOOT_REPORT=1 says which
// build booted (" (single-threaded build)": the barrier-free one).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM, ROOT } from '../helpers/run';

const ST = ' (single-threaded build)';
const LOADER = path.join(ROOT, 'bin', 'pystm.js');

function run(exe: string, args: string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(exe, args, { encoding: 'utf8', input, timeout: 120_000, env: { ...process.env, PYSTM_BOOT_REPORT: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, st: r.stderr.includes(ST), boots: (r.stderr.match(/pystm: boot: /g) ?? []).length };
}

/** A folder with the given files (name -> text). */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-auto-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const THREADS = 'import threading\ndef go():\n    out = []\n    ts = [threading.Thread(target=out.append, args=(i,)) for i in range(3)]\n    for t in ts: t.start()\n    for t in ts: t.join()\n    print(sorted(out), threading.active_count())\n';

describe('the default build', () => {
  for (const exe of [PYSTM, LOADER]) {
    const name = path.basename(exe);
    it(`${name}: a program without threads runs on the barrier-free build, one with threads on the parallel one`, () => {
      const dir = tree({ 'plain.py': 'import sys, math\nprint(math.sqrt(16), sys.argv[1:])\n', 'thr.py': `${THREADS}go()\n` });
      try {
        let r = run(exe, [path.join(dir, 'plain.py'), 'x']);
        expect([r.stdout, r.status, r.st]).toEqual(["4.0 ['x']\n", 0, true]);
        r = run(exe, [path.join(dir, 'thr.py')]);
        expect([r.stdout, r.status, r.st]).toEqual(['[0, 1, 2] 1\n', 0, false]);
        r = run(exe, ['-c', 'print(6 * 7)']);
        expect([r.stdout, r.st]).toEqual(['42\n', true]);
        r = run(exe, ['-c', 'import _thread; print(_thread.get_ident() > 0)']);
        expect([r.stdout, r.st]).toEqual(['True\n', false]);
        // what asks for the parallel build by name
        for (const args of [['--workers', '1'], ['--workers=1'], ['--stm-stats'], ['--trace-stm']]) {
          r = run(exe, [...args, path.join(dir, 'plain.py')]);
          expect([args, r.stdout, r.st]).toEqual([args, "4.0 []\n", false]);
        }
        expect(run(exe, [path.join(dir, 'plain.py')], { PYPYSTM: path.join(dir, 'log') }).st).toBe(false);
        expect(run(exe, ['-'], {}, 'print(5)\n')).toMatchObject({ stdout: '5\n', st: false });
        // options before the file are skipped with their values
        r = run(exe, ['-X', 'dev', '--heap', '64M', '-W', 'ignore', path.join(dir, 'plain.py')]);
        expect([r.stdout, r.st]).toEqual(["4.0 []\n", true]);
        // a guest argument naming threading is the program's, not its source
        expect(run(exe, [path.join(dir, 'plain.py'), 'threading']).st).toBe(true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('a local module that starts threads, imported directly or through others, gets the parallel build (one relaunch)', () => {
    const dir = tree({
      'direct.py': 'from helper import go\ngo()\n',
      'helper.py': THREADS,
      'chain.py': 'import pkg.mid as m\nm.run()\n',
      'pkg/__init__.py': '',
      'pkg/mid.py': 'from .low import go\ndef run():\n    go()\n',
      'pkg/low.py': THREADS,
      'fromsub.py': 'from pkg import low\nlow.go()\n',
      'parens.py': 'from pkg import (  # the thread starter\n    mid,\n    low,\n)\nlow.go()\n',
      'extra/onpath.py': THREADS,
      'viapath.py': 'import onpath\nonpath.go()\n',
      'nothreads.py': 'import helper2\nprint(helper2.f())\n',
      'helper2.py': 'import os, json\ndef f():\n    return json.dumps([1, 2])\n',
    });
    try {
      for (const prog of ['direct.py', 'chain.py', 'fromsub.py', 'parens.py']) {
        const r = run(PYSTM, [path.join(dir, prog)]);
        expect([prog, r.stdout, r.status, r.st, r.boots]).toEqual([prog, '[0, 1, 2] 1\n', 0, false, 1]);
      }
      const p = run(PYSTM, [path.join(dir, 'viapath.py')], { PYTHONPATH: path.join(dir, 'extra') });
      expect([p.stdout, p.st]).toEqual(['[0, 1, 2] 1\n', false]);
      const q = run(PYSTM, [path.join(dir, 'nothreads.py')]);
      expect([q.stdout, q.st]).toEqual(['[1, 2]\n', true]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the relaunched program keeps its arguments, exit status, stdin and errors', () => {
    const dir = tree({
      'main.py': 'import sys, helper\nprint(sys.argv[1:], sys.stdin.read().strip())\nhelper.go()\nsys.exit(4)\n',
      'helper.py': THREADS,
      'bad.py': 'import helper\nhelper.go()\n1 / 0\n',
    });
    try {
      const r = run(PYSTM, [path.join(dir, 'main.py'), 'a', '--workers'], {}, 'in\n');
      expect([r.stdout, r.status, r.st]).toEqual(["['a', '--workers'] in\n[0, 1, 2] 1\n", 4, false]);
      const b = run(PYSTM, [path.join(dir, 'bad.py')]);
      expect(b.status).toBe(1);
      expect(b.stderr).toContain(`File "${path.join(dir, 'bad.py')}", line 3, in <module>`);
      expect(b.stderr).toContain('ZeroDivisionError: division by zero');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a thread started through a module named only at run time still runs, interleaved on the barrier-free build', () => {
    const prog = 'import importlib\nt = importlib.import_module("thr" + "eading")\nout = []\nth = t.Thread(target=out.append, args=(1,))\nth.start(); th.join()\nprint(out)\n';
    const r = run(PYSTM, ['-c', prog]);
    expect([r.stdout, r.status, r.st]).toEqual(['[1]\n', 0, true]);
  });
});
