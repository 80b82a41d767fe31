// The process's standard streams as the VM writes them: stdout is buffered (flushed when the
// buffer fills, before anything is written to stderr or read from stdin, and at exit), or
// line-buffered when it is a terminal, as CPython's; stderr is written through at once.
import * as fs from 'node:fs';
import { writeAll, writeAllBytes } from '../cli/output';
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

/** stdout's pending output in order: text (sys.stdout) and bytes (sys.stdout.buffer). */
let outBuf: (string | Uint8Array)[] = [];
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

/** Bytes written to sys.stdout.buffer: kept in order with the text around them. */
export function writeStdoutBytes(b: Uint8Array): void {
  ioInevitable();
  outBuf.push(b.slice());
  outLen += b.length;
  if (unbuffered === null) unbuffered = (process.env.PYTHONUNBUFFERED ?? '') !== '';
  if (outLen >= LIMIT || unbuffered) flushStdout();
}

/** Bytes written to sys.stderr.buffer (through at once, after stdout's pending output). */
export function writeStderrBytes(b: Uint8Array): void {
  ioInevitable();
  flushStdout();
  writeAllBytes(2, b);
}

export function flushStdout(): void {
  if (outLen === 0 && outBuf.length === 0) return;
  const pieces = outBuf;
  outBuf = [];
  outLen = 0;
  try {
    if (pieces.every((p) => typeof p === 'string')) writeAll(1, pieces.join(''));
    else writeAllBytes(1, Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));
  } catch (e) {
    // fd 1 closed by the program (os.close(1)) or unwritable: as CPython's buffered stdout,
    // the text is lost and the failure is reported once at exit (stdoutFailureAtExit)
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || code === 'EPIPE') throw e;
    stdoutError ??= code;
  }
}

/** The errno code of the first failed write to stdout, or null. */
let stdoutError: string | null = null;
const STDOUT_ERRNO: Record<string, [number, string]> = {
  EBADF: [9, 'Bad file descriptor'], EIO: [5, 'Input/output error'], ENOSPC: [28, 'No space left on device'],
  EFBIG: [27, 'File too large'], EINVAL: [22, 'Invalid argument'], EDQUOT: [122, 'Disk quota exceeded'],
};

/**
 * At exit, after the last flush: CPython's report of a stdout that could not be flushed
 * ("Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and exit status 120), or
 * null when every write went through.
 */
export function stdoutFailureAtExit(): string | null {
  if (stdoutError === null) return null;
  const [errno, text] = STDOUT_ERRNO[stdoutError] ?? [5, 'Input/output error'];
  return `Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno ${errno}] ${text}\n`;
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
