// Workers attached to the one shared heap (vm/workers/): the bootstrap is deterministic (booted
// twice under different environments, it pins the same references and leaves the same
// allocation state, which is what lets a worker replay it); a real worker attaches (its replay
// verified against the main thread's pinned prefix), runs a function of the main program that
// uses closures, globals, builtins, str/int/float ops, caught exceptions, imports (already
// imported by main and new), allocates through several minor collections of its own nursery,
// and the main thread sees the results; an exception on the worker comes back with the worker's
// frames in its traceback; a worker that dies is reported on stderr with a non-zero exit.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../../vm/cli/main';
import { attachHeap, createHeap } from '../../stmgc/heap';
import { bootCore, bootCoreFingerprint } from '../../vm/runtime/bootstrap';
import { pinnedAt, pinnedCount } from '../../vm/runtime/pinned';
import { runPystm } from '../helpers/run';

function bootOnce(): { pins: number[]; fingerprint: number } {
  attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 3 }), 0);
  bootCore();
  const pins: number[] = [];
  for (let i = 0, n = pinnedCount(); i < n; i++) pins.push(pinnedAt(i));
  return { pins, fingerprint: bootCoreFingerprint() };
}

function program(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-workers-'));
  const file = path.join(dir, 'prog.py');
  fs.writeFileSync(file, source);
  return file;
}

describe('deterministic bootstrap', () => {
  it('pins the same objects and allocates the same whatever the environment', () => {
    const saved = { ...process.env };
    const cwd = process.cwd();
    try {
      process.env.PYTHONPATH = '/a:/b';
      process.env.TZ = 'UTC';
      const a = bootOnce();
      process.env.PYTHONPATH = '/some/other/place/entirely';
      process.env.TZ = 'Asia/Kolkata';
      process.env.HOME = '/nowhere';
      process.chdir(os.tmpdir());
      const b = bootOnce();
      expect(a.pins.length).toBeGreaterThan(1000);
      expect(b.pins.length).toBe(a.pins.length);
      let firstDiff = -1;
      for (let i = 0; i < a.pins.length && firstDiff < 0; i++) if (a.pins[i] !== b.pins[i]) firstDiff = i;
      expect(firstDiff).toBe(-1);
      expect(b.fingerprint).toBe(a.fingerprint);
    } finally {
      process.chdir(cwd);
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

const MAIN_PROGRAM = `
import pystm_workers as pw
import math, re, collections
G = 7
shared = {"xs": [1, 2.5, "three"], "n": 3}
def outer(k):
    acc = [0]
    def inner(v):
        acc[0] += v * k + G
        return acc[0]
    return inner
clo = outer(3)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def norm(self): return math.hypot(self.x, self.y)
    def __repr__(self): return f"Point({self.x}, {self.y})"
def job(n):
    out = [pw.slot(), clo(n), len(shared["xs"]) + shared["n"]]
    out.append("-".join(str(x) for x in shared["xs"]).upper())
    out.append(round(math.sqrt(2.0) * n, 6))
    out.append(2 ** 100 // 3 + n)
    try:
        {}["missing"]
    except KeyError as e:
        out.append(repr(e))
    try:
        int("zz")
    except ValueError as e:
        out.append(str(e))
    out.append(re.sub(r"\\d+", "#", "a1b22c333"))
    out.append(collections.Counter("abracadabra").most_common(2))
    import json, heapq, struct
    out.append(json.dumps({"k": [1, 2]}))
    out.append((heapq.nsmallest(2, [5, 1, 4]), struct.pack("<i", 258)))
    p = Point(3, 4)
    out.append((p, p.norm()))
    keep = []
    for i in range(150000):
        junk = [i, str(i), (i, i)]
        if i % 1000 == 0:
            keep.append(junk)
    shared["keep"] = keep
    shared["made"] = Point(n, n + 1)
    print("printed on worker", pw.slot())
    return out
print("before")
for line in pw.run(1, job, 5):
    print(line)
print("main sees", len(shared["keep"]), shared["keep"][-1], shared["made"], shared["made"].norm())
info = pw.info(1)
print("worker minors", info["minors"] >= 2, "jobs", info["jobs"])
print(pw.run(1, clo, 1), clo(1))
import json
print(json.loads(pw.run(1, json.dumps, [1, {"a": None}])))
print(pw.run(1, lambda: sum(len(k) for k in shared["keep"])))
`;

const MAIN_EXPECTED = `before
printed on worker 1
1
22
6
1-2.5-THREE
7.071068
422550200076076467165567735130
KeyError('missing')
invalid literal for int() with base 10: 'zz'
a#b#c#
[('a', 5), ('b', 2)]
{"k": [1, 2]}
([1, 4], b'\\x02\\x01\\x00\\x00')
(Point(3, 4), 5.0)
main sees 150 [149000, '149000', (149000, 149000)] Point(5, 6) 7.810249675906654
worker minors True jobs 1
32 42
[1, {'a': None}]
450
`;

describe('a worker attached to the shared heap', () => {
  it('runs the main program\u2019s functions on the main program\u2019s objects', () => {
    const r = runPystm(['--workers', '1', program(MAIN_PROGRAM)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(MAIN_EXPECTED);
    expect(r.status).toBe(0);
  });

  it('verifies its replay against every object the main thread pinned', () => {
    const r = runPystm(['--workers', '2', program(`
import pystm_workers as pw
import math
ms = pw.start()
for k in (1, 2):
    i = pw.info(k)
    print(k, i["slot"], i["pinned"] > 1000, i["attach_ms"] > 0, i["boot_ms"] >= i["attach_ms"])
print(pw.run(2, pw.slot), pw.slot(), pw.run(1, math.floor, 2.5))
`)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1 1 True True True\n2 2 True True True\n2 0 2\n');
  });

  it('raises the worker\u2019s exception on the main thread with the worker\u2019s frames', () => {
    const r = runPystm(['--workers', '1', program(`
import pystm_workers as pw
def bad(x):
    return helper(x)
def helper(x):
    return 1 / x
try:
    pw.run(1, bad, 0)
except ZeroDivisionError as e:
    print("caught", e, e.__traceback__ is not None)
pw.run(1, bad, 0)
`)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('caught division by zero True\n');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*prog\.py", line 11, in <module>\n/);
    expect(r.stderr).toMatch(/line 4, in bad\n[^]*line 6, in helper\n {4}return 1 \/ x\n[^]*ZeroDivisionError: division by zero\n$/);
  });

  it('reports a worker that exits in the middle of a job, without hanging', () => {
    const r = runPystm(['--workers', '1', program(`
import pystm_workers as pw, _pystm_workers
print("start", flush=True)
pw.run(1, _pystm_workers._exit, 3)
print("not reached")
`)], { timeout: 30_000 });
    expect(r.stdout).toBe('start\n');
    expect(r.stderr).toBe('pystm: worker 1 died (exit code 3)\n');
    expect(r.status).toBe(70);
  });

  it('reports a worker the main thread killed', () => {
    const r = runPystm(['--workers', '2', program(`
import pystm_workers as pw
pw.start()
pw.kill(2)
print(pw.run(1, len, "abc"))
pw.run(2, len, "abc")
`)], { timeout: 30_000 });
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toBe('pystm: worker 2 died (exit code 1)\n');
    expect(r.status).toBe(70);
  });
});
