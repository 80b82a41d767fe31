// Compile-time warnings on the command line, whole stderr compared with python3's: the default
// filters' "file:line: Category: message" + source line, -W error turning them into the
// SyntaxError CPython prints, -W / PYTHONWARNINGS options (and CPython's message for a bad one),
// warnings before a later SyntaxError, and an imported module warning once (its cached code,
// like CPython's .pyc, does not warn again).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311 } from '../helpers/run';

const ROOT = path.resolve(__dirname, '../..');
const PYSTM = path.join(ROOT, 'bin/pystm');
const HAVE_PY = hasPython311();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-warn-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

interface Out { status: number | null; stdout: string; stderr: string }
function run(cmd: string, args: string[], env: Record<string, string> = {}): Out {
  const e: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: '0', ...env };
  delete e.PYTHONDONTWRITEBYTECODE;
  delete e.PYSTM_NO_CODE_CACHE;
  if (!('PYTHONWARNINGS' in env)) delete e.PYTHONWARNINGS;
  const r = spawnSync(cmd, args, { cwd: dir, env: e, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function same(args: string[], env: Record<string, string> = {}): void {
  const ours = run(PYSTM, args, env);
  const theirs = run('python3', args, env);
  expect(ours).toEqual(theirs);
}

const top = write('top.py', 'x = 1\ny = (x\n  is 5)\nprint(x is not 1.5, "ok")\nassert (x, "never")\n');
const esc = write('esc.py', 'x = "\\d"\nprint(len(x))\n');
const lit = write('lit.py', 'x = [1 for y in [0] if 0in [0]]\nprint(x)\n');
const calls = write('calls.py', 'def f():\n    return (1)(2), [1][1.0], {1}[0]\nprint("compiled")\n');
const later = write('later.py', 'x = "\\d"\ndef f():\n    return x is 5\nreturn 3\n');

describe.skipIf(!HAVE_PY)('compile-time warnings from the command line, as python3', () => {
  it('are shown by the default filters, with the source line', () => {
    same([top]);
    same([calls]);
    same([lit]);
    same(['-c', 'x = 2\nprint(x is 2)']);
  });
  it('-W error makes them the SyntaxError CPython prints', () => {
    same(['-W', 'error', top]);
    same(['-Werror', calls]);
    same(['-W', 'error', esc]);
    same(['-W', 'error', lit]);
    same(['-W', 'error', '-c', 'x is 5']);
    same([later], { PYTHONWARNINGS: 'default' });
  });
  it('-W and PYTHONWARNINGS select by category and module', () => {
    same(['-W', 'default', esc]);
    same(['-W', 'error::DeprecationWarning', esc]);
    same(['-W', 'ignore::SyntaxWarning', top]);
    same(['-W', 'error::SyntaxWarning:top', top]);
    same(['-W', 'ignore::SyntaxWarning:other', top]);
    same([top], { PYTHONWARNINGS: 'error' });
    same(['-W', 'ignore', '-c', 'import sys, warnings; print(sys.warnoptions, warnings.filters[:3])'], { PYTHONWARNINGS: 'error,,always::DeprecationWarning' });
  });
  it('a bad -W value is reported and ignored', () => {
    same(['-W', 'foo', '-W', 'error::Foo', '-W', 'error::int', '-W', 'a:b:c:d:e:f', '-W', 'error:::x:-1', '-W', 'error::os.Foo',
      '-W', 'error::nomod.X', '-W', 'i', '-c', 'import sys; print(sys.warnoptions)']);
    const r = run(PYSTM, ['-W']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Argument expected for the -W option');
  });
  it('an imported module warns when it is compiled, not from its cached code', () => {
    fs.mkdirSync(path.join(dir, 'pkgw'), { recursive: true });
    write('pkgw/modw.py', 'def f(x):\n    return x is 5\n');
    const main = write('main_imp.py', 'import sys\nsys.path.insert(0, sys.path[0] + "/pkgw")\nimport modw\nprint(modw.f(5))\n');
    same(['-W', 'error', main]); // the error leaves no cache behind
    same([main]);
    same([main]);
  });
});
