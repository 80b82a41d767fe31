// Files a program drops without closing (vm/modules/io.ts "files the program drops"): under a low
// descriptor limit (`ulimit -n 64` in a shell: Node cannot raise its soft limit past the hard
// one) thousands of `open(p).read()` and `open(p, 'w').write(s)` run as under CPython, because a
// collection closes the dead ones; and the errno table (vm/runtime/errno_table.ts) is what its
// generator prints from this machine's python3.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM, ROOT, hasPython311, runPython } from '../helpers/run';

const PROGRAM = `
import os, sys
d = sys.argv[1]
p = os.path.join(d, 'r.txt')
open(p, 'w').write('abc')
n = 0
for i in range(2000):
    n += len(open(p).read())
for i in range(2000):
    open(os.path.join(d, 'w%d.txt' % (i % 7)), 'w').write(str(i))
print(n, sorted(open(os.path.join(d, 'w%d.txt' % k)).read() for k in range(7)))
`;

// threads dropping files: each worker counts its own opens; the dead files' callbacks come at a
// safe point after the collection (an open() meeting EMFILE closes the due ones itself)
const THREADED = `
import os, sys, threading
d = sys.argv[1]
def work(k):
    for i in range(600):
        p = os.path.join(d, 't%d_%d.txt' % (k, i % 5))
        open(p, 'w').write('%d-%d' % (k, i))
        assert open(p).read() == '%d-%d' % (k, i), (k, i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(open(os.path.join(d, n)).read() for n in os.listdir(d) if n.startswith('t')))
`;

function runLimited(exe: string, dir: string, program = PROGRAM, limit = 64, opts: string[] = []) {
  const prog = path.join(dir, 'prog.py');
  fs.writeFileSync(prog, program);
  const r = spawnSync('sh', ['-c', `ulimit -n ${limit} && exec "$0" "$@"`, exe, ...opts, prog, dir], { timeout: 120_000 });
  return { stdout: r.stdout.toString(), stderr: r.stderr.toString(), status: r.status };
}

describe.skipIf(!hasPython311())('files dropped without close', () => {
  it('2000 reads and 2000 writes of unclosed files under `ulimit -n 64`, as python3', () => {
    const ours = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-unclosed-'));
    const theirs = fs.mkdtempSync(path.join(os.tmpdir(), 'py-unclosed-'));
    try {
      const a = runLimited(PYSTM, ours);
      const b = runLimited('python3', theirs);
      expect(b.status).toBe(0);
      expect(a).toEqual(b);
      expect(a.stdout).toContain('6000 ');
    } finally {
      fs.rmSync(ours, { recursive: true, force: true });
      fs.rmSync(theirs, { recursive: true, force: true });
    }
  }, 130_000);

  for (const workers of ['2', '4']) {
    it(`4 threads dropping 1200 files each at --workers ${workers} under \`ulimit -n 128\`, as python3`, () => {
      const ours = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-unclosed-'));
      const theirs = fs.mkdtempSync(path.join(os.tmpdir(), 'py-unclosed-'));
      try {
        const a = runLimited(PYSTM, ours, THREADED, 128, ['--workers', workers]);
        const b = runLimited('python3', theirs, THREADED, 128);
        expect(b.status).toBe(0);
        expect(a).toEqual(b);
      } finally {
        fs.rmSync(ours, { recursive: true, force: true });
        fs.rmSync(theirs, { recursive: true, force: true });
      }
    }, 130_000);
  }

  it('the errno table is the generator output of this python3', () => {
    const gen = runPython([path.join(ROOT, 'compiler', 'tools', 'gen_errno_table.py')]);
    expect(gen.stdout).toBe(fs.readFileSync(path.join(ROOT, 'vm', 'runtime', 'errno_table.ts'), 'utf8'));
  });
});
