// The golden-program corpus: every spec/programs/<area>/<case>.py runs under bin/pystm and must
// print exactly CPython 3.11's stdout (<case>.exp); when CPython exited non-zero, <case>.err
// holds "exit N" and the last line of stderr, and pystm must match both. Each program's AST
// must also equal CPython's (when python3 is present). Programs listed in
// spec/programs/KNOWN_FAILURES are expected to fail (each line says why); such a program that
// starts passing fails the suite until it is removed from the list, so the list stays true.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { compareAsts } from './helpers/ast_compare';
import { hasPython311, PYSTM } from './helpers/run';

const PROGRAMS = path.join(__dirname, 'programs');

/** Case files: *.py directly inside an area folder, not starting with '_'. */
function listCases(): { area: string; file: string }[] {
  if (!fs.existsSync(PROGRAMS)) return [];
  const out: { area: string; file: string }[] = [];
  for (const area of fs.readdirSync(PROGRAMS).sort()) {
    const dir = path.join(PROGRAMS, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.py') && !f.startsWith('_')) out.push({ area, file: path.join(dir, f) });
    }
  }
  return out;
}

/** spec/programs/KNOWN_FAILURES and spec/programs/<area>/KNOWN_FAILURES: `<area>/<case>.py  why`. */
function knownFailures(): Map<string, string> {
  const m = new Map<string, string>();
  const files = [path.join(PROGRAMS, 'KNOWN_FAILURES')];
  if (fs.existsSync(PROGRAMS)) {
    for (const area of fs.readdirSync(PROGRAMS)) files.push(path.join(PROGRAMS, area, 'KNOWN_FAILURES'));
  }
  for (const f of files) {
    if (!fs.existsSync(f) || !fs.statSync(f).isFile()) continue;
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      const [name, ...why] = t.split(/\s+/);
      m.set(name, why.join(' '));
    }
  }
  return m;
}

const cases = listCases();
const known = knownFailures();

interface Outcome { status: number | null; stdout: string; stderr: string }

function runCase(file: string, extra: string[] = []): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(PYSTM, [...extra, path.basename(file)], {
      cwd: path.dirname(file),
      env: { ...process.env, PYTHONHASHSEED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Why an outcome differs from CPython's, or null when it matches. */
function mismatch(file: string, o: Outcome): string | null {
  const expected = fs.readFileSync(file.replace(/\.py$/, '.exp'), 'utf8');
  const errFile = file.replace(/\.py$/, '.err');
  if (o.stdout !== expected) return `stdout differs:\n--- expected\n${expected}\n--- got\n${o.stdout}\n--- stderr\n${o.stderr}`;
  if (fs.existsSync(errFile)) {
    const [first, last] = fs.readFileSync(errFile, 'utf8').split('\n');
    const want = Number(first.replace('exit ', ''));
    const lines = o.stderr.trimEnd().split('\n');
    if (o.status !== want) return `exit status ${o.status}, expected ${want}\n${o.stderr}`;
    if (lines[lines.length - 1] !== last) return `last stderr line differs: ${JSON.stringify(lines[lines.length - 1])} vs ${JSON.stringify(last)}`;
  } else if (o.status !== 0) return `exit status ${o.status}\n${o.stderr}`;
  return null;
}

describe('golden corpus', () => {
  it('has programs, each with CPython-generated expected output', () => {
    expect(cases.length).toBeGreaterThan(20);
    const missing = cases.filter((c) => !fs.existsSync(c.file.replace(/\.py$/, '.exp')));
    expect(missing.map((c) => c.file)).toEqual([]);
  });
  it('lists only existing programs as known failures', () => {
    const names = new Set(cases.map((c) => `${c.area}/${path.basename(c.file)}`));
    expect([...known.keys()].filter((k) => !names.has(k))).toEqual([]);
  });
  it.skipIf(!hasPython311())('every program parses to exactly CPython\'s AST', () => {
    const r = compareAsts(cases.map((c) => c.file));
    expect(r.compared).toBe(cases.length);
    expect(r.mismatches).toEqual([]);
  });
});

for (const area of [...new Set(cases.map((c) => c.area))]) {
  describe.concurrent(`spec/programs/${area}`, () => {
    for (const { file } of cases.filter((c) => c.area === area)) {
      const name = `${area}/${path.basename(file)}`;
      const why = known.get(name);
      it(`${path.basename(file)} prints what CPython prints${why ? ' (known failure)' : ''}`, async () => {
        const problem = mismatch(file, await runCase(file));
        if (why !== undefined) {
          expect(problem, `${name} now passes: remove it from spec/programs/KNOWN_FAILURES`).not.toBeNull();
        } else expect(problem).toBeNull();
      }, 90_000);
    }
  });
}

// Issue 6: every threaded program also passes under `--single-threaded` (the barrier-free bundle
// dist/pystm-st.js; guest threads interleave GIL-style on the main thread). Same known failures.
describe.concurrent('spec/programs/threading --single-threaded', () => {
  for (const { file } of cases.filter((c) => c.area === 'threading')) {
    const name = `threading/${path.basename(file)}`;
    const why = known.get(name);
    it(`${path.basename(file)} prints what CPython prints${why ? ' (known failure)' : ''}`, async () => {
      const problem = mismatch(file, await runCase(file, ['--single-threaded']));
      if (why !== undefined) expect(problem).not.toBeNull();
      else expect(problem).toBeNull();
    }, 90_000);
  }
});
