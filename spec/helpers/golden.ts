// Shared by the golden-program test files (spec/golden.test.ts, spec/golden_modes.test.ts):
// listing the cases under spec/programs/<area>/*.py, the KNOWN_FAILURES lists, running one case
// under bin/pystm with extra options, and comparing the outcome with CPython's .exp/.err.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { PYSTM } from './run';
import { describe, expect, it } from 'vitest';

export const PROGRAMS = path.join(__dirname, '..', 'programs');

/** Case files: *.py directly inside an area folder, not starting with '_'. */
export function listCases(): { area: string; file: string }[] {
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

/** spec/programs/KNOWN_FAILURES and spec/programs/<area>/KNOWN_FAILURES: `<area>/<case>.py  why`.
 *  With a mode (e.g. "workers"), also the lines of KNOWN_FAILURES.<mode> in the same places:
 *  failures of that mode alone. */
export function knownFailures(mode?: string): Map<string, string> {
  const m = new Map<string, string>();
  const bases = [path.join(PROGRAMS, 'KNOWN_FAILURES')];
  if (fs.existsSync(PROGRAMS)) {
    for (const area of fs.readdirSync(PROGRAMS)) bases.push(path.join(PROGRAMS, area, 'KNOWN_FAILURES'));
  }
  const files = mode === undefined ? bases : [...bases, ...bases.map((b) => `${b}.${mode}`)];
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

export interface Outcome { status: number | null; stdout: string; stderr: string }

export function runCase(file: string, extra: string[] = [], killAfterMs = 60_000): Promise<Outcome> {
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
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Why an outcome differs from CPython's, or null when it matches. */
export function mismatch(file: string, o: Outcome): string | null {
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


/**
 * One vitest describe per area (its programs run concurrently): every case under `args` must
 * print what CPython printed. A case in `known` must still fail (it fails the suite once it
 * passes, so the lists stay true: `knownFile` names the list to edit); a reason starting with
 * "(flaky)" marks a case that fails only on some runs: skipped, and listed as skipped.
 */
export function goldenSuite(args: string[], known: Map<string, string>, knownFile: string, areas: (area: string) => boolean = () => true): void {
  const cases = listCases();
  const suffix = args.length > 0 ? ` ${args.join(' ')}` : '';
  for (const area of [...new Set(cases.map((c) => c.area))].filter(areas)) {
    describe.concurrent(`spec/programs/${area}${suffix}`, () => {
      for (const { file } of cases.filter((c) => c.area === area)) {
        const name = `${area}/${path.basename(file)}`;
        const why = known.get(name);
        const flaky = why?.startsWith('(flaky)') ?? false;
        (flaky ? it.skip : it)(`${path.basename(file)} prints what CPython prints${why ? ` (known failure${flaky ? ', flaky' : ''})` : ''}`, async () => {
          const problem = mismatch(file, await runCase(file, args));
          if (why !== undefined) {
            expect(problem, `${name} now passes${suffix ? ` with${suffix}` : ''}: remove it from ${knownFile}`).not.toBeNull();
          } else expect(problem).toBeNull();
        }, 90_000);
      }
    });
  }
}
