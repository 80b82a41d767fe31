// Lookups over the errno table (vm/runtime/errno_table.ts, generated from CPython): a Node error
// code's number ('EMFILE' -> 24), os.strerror's text, and the OSError subclass CPython's
// OSError(errno, ...) picks for a number (PEP 3151; Objects/exceptions.c's errnomap).
import { ERRNO_NAMES, STRERROR } from './errno_table';

const byName = new Map<string, number>(ERRNO_NAMES);
const texts = new Map<number, string>(STRERROR);

/** The errno number of a Node error code ('ENOENT' -> 2), or undefined. */
export function errnoOfName(code: string): number | undefined { return byName.get(code); }

/** os.strerror(n): the C library's message, "Unknown error n" past the table. */
export function strerror(n: number): string { return texts.get(n) ?? `Unknown error ${n}`; }

/** The OSError subclass for an errno number, as CPython maps it (undefined: plain OSError). */
export const OS_ERROR_CLASS: Readonly<Record<number, string>> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
  32: 'BrokenPipeError', 108: 'BrokenPipeError', // EPIPE, ESHUTDOWN
  10: 'ChildProcessError', 103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError',
  17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 4: 'InterruptedError',
  13: 'PermissionError', 1: 'PermissionError', 3: 'ProcessLookupError', 110: 'TimeoutError',
};
