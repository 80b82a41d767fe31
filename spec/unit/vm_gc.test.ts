// The collector as a guest program sees it: a program that allocates gigabytes while keeping
// little live runs in bounded memory (RSS sampled from /proc while it runs); running out of
// heap raises MemoryError, which the program catches and goes on; gc.collect() works; deep
// recursion raises RecursionError at sys.getrecursionlimit().
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';

interface Run { status: number | null; stdout: string; stderr: string; maxRssKb: number }

function runWithRss(source: string, args: string[] = []): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-gc-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, source);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PYSTM, ...args, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let maxRss = 0;
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const poll = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) maxRss = Math.max(maxRss, Number(m[1]));
      } catch {
        // the process is gone (or /proc is not available)
      }
    }, 25);
    child.on('close', (status) => {
      clearInterval(poll);
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ status, stdout: out, stderr: err, maxRssKb: maxRss });
    });
  });
}

const hasProc = fs.existsSync('/proc/self/status');

describe('garbage collection', () => {
  it.skipIf(!hasProc)('allocates 2.4 GB in total with under 1 MB live in bounded memory', async () => {
    // each iteration allocates a list of 850 items (about 3.4 KB): 700,000 of them
    const r = await runWithRss(`
total = 0
keep = []
for i in range(700000):
    x = [i] * 850
    total += len(x) + x[-1]
    if i % 100000 == 0:
        keep.append(x[:10])
print(total, len(keep))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('245594650000 7\n');
    expect(r.status).toBe(0);
    // bound: Node itself (~50 MB) plus the touched part of the heap; live data is tiny
    expect(r.maxRssKb).toBeGreaterThan(0);
    expect(r.maxRssKb).toBeLessThan(300 * 1024);
  }, 600_000);

  it('raises MemoryError when the heap is full, and the program recovers', async () => {
    const r = await runWithRss(`
def grow():
    x = []
    while True:
        x.append([0] * 500)
ok = False
try:
    grow()
except MemoryError as e:
    ok = type(e) is MemoryError
print("caught", ok)
y = [1] * 100000
print("still running", len(y))
`, ['--heap', '64M']);
    expect(r.stdout).toBe('caught True\nstill running 100000\n');
    expect(r.status).toBe(0);
  }, 120_000);

  it('an uncaught MemoryError is a Python traceback and exit status 1', async () => {
    const r = await runWithRss('x = []\nwhile True:\n    x.append([0] * 500)\n', ['--heap', '32M']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('MemoryError');
    expect(r.stderr).toContain('Traceback (most recent call last):');
  }, 120_000);

  it('gc.collect() runs and the program goes on', async () => {
    const r = await runWithRss(`
import gc
data = [list(range(100)) for _ in range(1000)]
del data
n = gc.collect()
print(type(n).__name__, gc.isenabled())
print(sum(range(10)))
`);
    expect(r.stdout).toBe('int True\n45\n');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('recursion', () => {
  it('raises RecursionError past the limit, which is adjustable', async () => {
    const r = await runWithRss(`
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(4500))
`);
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\n1000\n4500\n');
    expect(r.status).toBe(0);
  }, 120_000);
});
