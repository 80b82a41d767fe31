// The native module `_pystm_subprocess` that lib/subprocess.py builds on: one call, spawn(), runs
// a child process to completion with Node's child_process.spawnSync and returns its pid, exit
// status and captured output. There is no fork in a JS host, so every process lib/subprocess.py
// starts runs to its end inside one call (its NOTES: Popen is run-to-completion). The call is
// I/O: the transaction becomes inevitable first, and pending stdout is written before the child
// writes to the same descriptor.
import * as childProcess from 'node:child_process';
import * as os from 'node:os';
import { K } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { indexNumber } from '../runtime/protocol';
import { ioInevitable, flushOutput } from '../runtime/stdio';
import { strJs } from '../objects/str_core';
import { strObj } from '../objects/str';
import { listItems, isList } from '../objects/list_core';
import { dictItems } from '../objects/dict_core';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { newTuple } from '../objects/tuple_core';
import { intFromNumber } from '../objects/int_core';
import { floatOf } from '../objects/float';
import { defineBuiltin, exactArgs } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { osError } from './io';

/** lib/subprocess.py's codes for a standard stream: None inherits, >= 0 is a descriptor. */
const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

type Stdio = 'inherit' | 'pipe' | 'ignore' | number;

function streamOf(v: number, which: string): Stdio {
  if (v === K.None) return 'inherit';
  const n = indexNumber(v);
  if (n === PIPE) return 'pipe';
  if (n === DEVNULL) return 'ignore';
  if (n === STDOUT) return typeError(`STDOUT is not allowed for ${which}`);
  if (n < 0) return typeError(`bad ${which} code ${n}`);
  return n;
}

function strList(v: number, what: string): string[] {
  if (!isList(v)) typeError(`${what} must be a list`);
  return listItems(v).map((x) => {
    const s = strObj(x);
    if (s === 0) typeError(`${what} items must be str`);
    return strJs(s);
  });
}

/**
 * spawn(argv, cwd, env, stdin, stdout, stderr, input, timeout)
 *   -> (pid, returncode, stdout bytes | None, stderr bytes | None, timed_out)
 * argv[0] is already resolved to a path by lib/subprocess.py (or is /bin/sh for shell=True);
 * stderr=STDOUT with a piped stdout runs the child under `sh -c 'exec "$0" "$@" 2>&1'`.
 */
function spawn(a: number[]): number {
  exactArgs('spawn', a, 8);
  let argv = strList(a[0], 'argv');
  const cwd = a[1] === K.None ? undefined : strJs(strObj(a[1]));
  let env: Record<string, string> | undefined;
  if (a[2] !== K.None) {
    env = {};
    for (const [k, v] of dictItems(a[2])) env[strJs(strObj(k))] = strJs(strObj(v));
  }
  const stdin = streamOf(a[3], 'stdin');
  const stdout = streamOf(a[4], 'stdout');
  let stderr: Stdio;
  if (a[5] !== K.None && indexNumber(a[5]) === STDOUT) {
    if (stdout === 'pipe') {
      argv = ['/bin/sh', '-c', 'exec "$0" "$@" 2>&1', ...argv];
      stderr = 'inherit';
    } else stderr = stdout === 'inherit' ? 1 : stdout;
  } else stderr = streamOf(a[5], 'stderr');
  let input: Buffer | undefined;
  if (a[6] !== K.None) {
    const b = bytesOf(a[6]);
    if (b === null) return typeError('input must be bytes');
    input = Buffer.from(b);
  }
  let timeoutMs: number | undefined;
  if (a[7] !== K.None) {
    const f = floatOf(a[7]);
    timeoutMs = Math.max(1, Math.ceil((f !== null ? f : indexNumber(a[7])) * 1000));
  }
  ioInevitable(); // a process cannot be un-run
  flushOutput();
  const r = childProcess.spawnSync(argv[0], argv.slice(1), {
    cwd, env: env ?? process.env, input, timeout: timeoutMs, killSignal: 'SIGKILL',
    stdio: [input !== undefined ? 'pipe' : stdin, stdout, stderr], maxBuffer: 2 ** 31 - 1, windowsHide: true,
  });
  const err = r.error as NodeJS.ErrnoException | undefined;
  const timedOut = err !== undefined && err.code === 'ETIMEDOUT';
  if (err !== undefined && !timedOut) osError(err, a[0] === K.None ? 0 : listItems(a[0])[0]);
  let code: number;
  if (r.status !== null) code = r.status;
  else if (r.signal !== null) code = -(os.constants.signals[r.signal] ?? 9);
  else code = -9;
  const captured = (b: Buffer | string | null | undefined): number => (b === null || b === undefined || typeof b === 'string' ? K.None : newBytes(new Uint8Array(b)));
  return newTuple([
    intFromNumber(r.pid ?? 0), intFromNumber(code),
    stdout === 'pipe' ? captured(r.stdout) : K.None,
    stderr === 'pipe' ? captured(r.stderr) : K.None,
    timedOut ? K.True : K.False,
  ]);
}

export function makeSubprocessModule(): number {
  const m = newModule('_pystm_subprocess');
  moduleSet(m, 'spawn', defineBuiltin('spawn', spawn));
  moduleSet(m, 'PIPE', intFromNumber(PIPE));
  moduleSet(m, 'STDOUT', intFromNumber(STDOUT));
  moduleSet(m, 'DEVNULL', intFromNumber(DEVNULL));
  return m;
}
