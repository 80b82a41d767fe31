// What a file method checks before it runs, in CPython 3.11's order and with its messages: a
// closed file (ValueError; the messages differ by method and by layer: "read of closed file" from
// the buffered layer, "I/O operation on closed file." from IOBase and TextIOWrapper, the same
// without the dot from FileIO) and a file not opened for that direction (io.UnsupportedOperation,
// "read"/"write" from the buffered layer, "not readable"/"not writable" from TextIOWrapper).
// vm/modules/io.ts calls `guard(handle, binary, method)` at the top of each method.
import { raise, valueError } from '../runtime/errors';
import { T } from '../runtime/types';

/** The state a guard looks at (io.ts's Handle). */
export interface GuardedFile { closed: boolean; readable: boolean; writable: boolean }

const DOT = 'I/O operation on closed file.';
const NODOT = 'I/O operation on closed file';

// Each rule is a list of checks made in order: 'c' closed (with that message), 'r' not readable,
// 'w' not writable (UnsupportedOperation with that message); 'c?r' / 'c?w' test closed only
// when the file is readable / writable (readable() of a closed write-only file is False).
type Check = [kind: 'c' | 'r' | 'w' | 'c?r' | 'c?w', message: string];
const BINARY: Record<string, Check[]> = {
  read: [['r', 'read'], ['c', 'read of closed file']],
  readline: [['r', 'read'], ['c', 'readline of closed file']],
  __next__: [['r', 'read'], ['c', 'readline of closed file']],
  readlines: [['c', DOT], ['r', 'read']],
  readinto: [['r', 'read'], ['c', 'readinto of closed file']],
  readinto1: [['r', 'read1'], ['c', 'readinto of closed file']],
  read1: [['r', 'read1'], ['c', 'read of closed file']],
  peek: [['r', 'peek'], ['c', 'peek of closed file']],
  write: [['w', 'write'], ['c', 'write to closed file']],
  writelines: [['c', DOT], ['w', 'write']],
  truncate: [['c', 'truncate of closed file'], ['w', 'truncate']],
  flush: [['c?w', 'flush of closed file'], ['c', DOT]],
  seek: [['c', 'seek of closed file']],
  tell: [['c', NODOT]], fileno: [['c', NODOT]], isatty: [['c', NODOT]], seekable: [['c', NODOT]],
  readable: [['c?r', NODOT]], writable: [['c?w', NODOT]],
  __iter__: [['c', DOT]], __enter__: [['c', DOT]],
};
const TEXT: Record<string, Check[]> = {
  read: [['c', DOT], ['r', 'not readable']],
  readline: [['c', DOT], ['r', 'not readable']],
  readlines: [['c', DOT], ['r', 'not readable']],
  __next__: [['c', DOT], ['r', 'not readable']],
  write: [['c', DOT], ['w', 'not writable']],
  writelines: [['c', DOT], ['w', 'not writable']],
  truncate: [['c', DOT], ['w', 'truncate']],
  flush: [['c', DOT]], seek: [['c', DOT]], tell: [['c', DOT]],
  fileno: [['c', NODOT]], isatty: [['c', NODOT]], seekable: [['c', NODOT]],
  readable: [['c?r', NODOT]], writable: [['c?w', NODOT]],
  __iter__: [['c', DOT]], __enter__: [['c', DOT]],
};

/** Raises what CPython raises for `method` of this file now, if anything. */
export function guard(h: GuardedFile, binary: boolean, method: string): void {
  const rule = (binary ? BINARY : TEXT)[method];
  for (const [kind, message] of rule) {
    switch (kind) {
      case 'c': if (h.closed) valueError(message); break;
      case 'c?r': if (h.closed && h.readable) valueError(message); break;
      case 'c?w': if (h.closed && h.writable) valueError(message); break;
      case 'r': if (!h.readable) raise(T.UnsupportedOperation ?? T.OSError, message); break;
      case 'w': if (!h.writable) raise(T.UnsupportedOperation ?? T.OSError, message); break;
    }
  }
}
