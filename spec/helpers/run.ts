// Test helpers that run bin/pystm and python3 as child processes and capture their output.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PYSTM = path.join(ROOT, 'bin', 'pystm');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runPystm(args: string[], opts: { cwd?: string; input?: string; timeout?: number; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(PYSTM, args, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
    env: opts.env === undefined ? process.env : { ...process.env, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let pythonChecked: boolean | null = null;
/** True when a CPython 3.11 `python3` is on PATH (the oracle for many tests). */
export function hasPython311(): boolean {
  if (pythonChecked === null) {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
    pythonChecked = r.status === 0 && r.stdout.trim() === 'True';
  }
  return pythonChecked;
}

export function runPython(args: string[], opts: { cwd?: string; input?: string } = {}): RunResult {
  const r = spawnSync('python3', args, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
