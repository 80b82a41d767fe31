// The process's standard streams as the VM writes them: stdout is buffered (flushed when the
// buffer fills, before anything is written to stderr or read from stdin, and at exit), or
// line-buffered when it is a terminal, as CPython's; stderr is written through at once.
import * as fs from 'node:fs';
import { writeAll } from '../cli/output';
import { txActive } from '../../stmgc/heap';
import { becomeInevitable, isInevitable } from '../../stmgc/txn';

/**
 * Before an action an abort could not undo (output, file and process state kept in JS): the
 * running transaction becomes inevitable (it may throw TxAborted first: the attempt restarts
 * before anything happened). Its output is written before it commits (interp/sched.ts).
 */
export function ioInevitable(): void {
  if (txActive && !isInevitable()) becomeInevitable();
}

/** After an abort: whatever the attempt buffered never happened. */
export function dropStdout(): void {
  outBuf = [];
  outLen = 0;
}

let outBuf: string[] = [];
let outLen = 0;
const LIMIT = 64 * 1024;
let stdoutTTY: boolean | null = null;
let unbuffered: boolean | null = null;

function isTTY(): boolean {
  if (stdoutTTY === null) {
    try {
      stdoutTTY = fs.fstatSync(1).isCharacterDevice();
    } catch {
      stdoutTTY = false;
    }
  }
  return stdoutTTY;
}

export function writeStdout(s: string): void {
  ioInevitable();
  outBuf.push(s);
  outLen += s.length;
  if (unbuffered === null) unbuffered = (process.env.PYTHONUNBUFFERED ?? '') !== '';
  if (outLen >= LIMIT || unbuffered || (isTTY() && s.includes('\n'))) flushStdout();
}

export function flushStdout(): void {
  if (outLen === 0 && outBuf.length === 0) return;
  const text = outBuf.join('');
  outBuf = [];
  outLen = 0;
  writeAll(1, text);
}

/** Files' buffered writes (modules/io.ts registers its flusher: stdio is below io). */
let fileFlusher: () => void = () => undefined;
export function setFileFlusher(f: () => void): void { fileFlusher = f; }

/**
 * Everything this JS thread buffered: file writes, then stdout. Called where an inevitable
 * transaction ends (sched.ts endTx through setFlushBeforeWait), before a job hand-over and at
 * exit, so no worker holds output another must write after.
 */
export function flushOutput(): void {
  fileFlusher();
  flushStdout();
}

export function writeStderr(s: string): void {
  ioInevitable();
  flushStdout();
  writeAll(2, s);
}

export function writeFd(fd: number, s: string): void {
  ioInevitable();
  if (fd === 1) writeStdout(s);
  else if (fd === 2) writeStderr(s);
  else writeAll(fd, s);
}
