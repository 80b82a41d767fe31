// The compiled-code cache of imported modules (vm/runtime/code_cache.ts): an import writes
// `__pycache__/NAME.pystm.code` beside the module and later runs load it; the key is the source
// text (an edit of the same length still recompiles), a corrupt file is ignored and replaced,
// PYTHONDONTWRITEBYTECODE stops the writes, PYSTM_NO_CODE_CACHE=1 the cache, the main script is
// never cached, and the build precompiled pystm's own lib/.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM, ROOT } from '../helpers/run';

function pystm(dir: string, env: Record<string, string | undefined> = {}): { stdout: string; stderr: string; status: number | null } {
  const e: Record<string, string | undefined> = { ...process.env, PYSTM_WORKERS: '1', ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  const r = spawnSync(PYSTM, [path.join(dir, 'main.py')], { encoding: 'utf8', env: e as NodeJS.ProcessEnv, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-cc-'));
  fs.writeFileSync(path.join(dir, 'main.py'), 'import mod\nprint(mod.f(), mod.K)\n');
  fs.writeFileSync(path.join(dir, 'mod.py'), 'K = (1, 2.5, -0.0, b"x", 3j, ..., frozenset({7}))\ndef f():\n    return "one"\n');
  return dir;
}

const cacheOf = (dir: string): string => path.join(dir, '__pycache__', 'mod.pystm.code');
const WRITE = { PYTHONDONTWRITEBYTECODE: undefined };

describe('code cache', () => {
  it('is written by an import, read by the next run, and keyed by the source text', () => {
    const dir = project();
    const first = pystm(dir, WRITE);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe("one (1, 2.5, -0.0, b'x', 3j, Ellipsis, frozenset({7}))\n");
    expect(fs.existsSync(cacheOf(dir))).toBe(true);
    expect(fs.existsSync(path.join(dir, '__pycache__', 'main.pystm.code'))).toBe(false);
    const stamp = fs.statSync(cacheOf(dir)).mtimeMs;
    expect(pystm(dir, WRITE).stdout).toBe(first.stdout);
    expect(fs.statSync(cacheOf(dir)).mtimeMs).toBe(stamp); // a hit: not rewritten
    // an edit that keeps the length and (on a coarse clock) the mtime is still seen
    fs.writeFileSync(path.join(dir, 'mod.py'), 'K = (1, 2.5, -0.0, b"x", 3j, ..., frozenset({7}))\ndef f():\n    return "two"\n');
    expect(pystm(dir, WRITE).stdout).toBe("two (1, 2.5, -0.0, b'x', 3j, Ellipsis, frozenset({7}))\n");
  });

  it('ignores a corrupt cache file and replaces it', () => {
    const dir = project();
    pystm(dir, WRITE);
    fs.writeFileSync(cacheOf(dir), 'garbage');
    const r = pystm(dir, WRITE);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^one /);
    expect(fs.readFileSync(cacheOf(dir)).length).toBeGreaterThan(100);
  });

  it('is not written with PYTHONDONTWRITEBYTECODE, nor with PYSTM_NO_CODE_CACHE=1', () => {
    const dir = project();
    expect(pystm(dir, { PYTHONDONTWRITEBYTECODE: '1' }).stdout).toMatch(/^one /);
    expect(fs.existsSync(cacheOf(dir))).toBe(false);
    expect(pystm(dir, { ...WRITE, PYSTM_NO_CODE_CACHE: '1' }).stdout).toMatch(/^one /);
    expect(fs.existsSync(cacheOf(dir))).toBe(false);
  });

  it('holds pystm\'s own lib/, compiled by the build', () => {
    for (const m of ['functools', 'threading', 'collections/__init__']) {
      const p = path.join(ROOT, 'lib', path.dirname(m), '__pycache__', `${path.basename(m)}.pystm.code`);
      expect(fs.existsSync(p)).toBe(true);
    }
  });
});
