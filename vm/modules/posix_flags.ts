// The open(2) flags the `os` module exposes (os.O_*), with CPython 3.11's values on Linux x86-64,
// where Node's fs.constants lacks some (O_CLOEXEC, O_PATH, O_TMPFILE...). open() gives O_CLOEXEC
// to an opener as CPython's FileIO does. Elsewhere Node's own constants, for those it has.
import * as fs from 'node:fs';

const LINUX: Record<string, number> = {
  O_ACCMODE: 3, O_APPEND: 1024, O_ASYNC: 8192, O_CLOEXEC: 524288, O_CREAT: 64, O_DIRECT: 16384,
  O_DIRECTORY: 65536, O_DSYNC: 4096, O_EXCL: 128, O_FSYNC: 1052672, O_LARGEFILE: 0, O_NDELAY: 2048,
  O_NOATIME: 262144, O_NOCTTY: 256, O_NOFOLLOW: 131072, O_NONBLOCK: 2048, O_PATH: 2097152, O_RDONLY: 0,
  O_RDWR: 2, O_RSYNC: 1052672, O_SYNC: 1052672, O_TMPFILE: 4259840, O_TRUNC: 512, O_WRONLY: 1,
};

function fromNode(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(fs.constants)) if (k.startsWith('O_') && typeof v === 'number') out[k] = v;
  return out;
}

export const OPEN_FLAGS: Readonly<Record<string, number>> = process.platform === 'linux' ? LINUX : fromNode();
export const O_CLOEXEC = OPEN_FLAGS.O_CLOEXEC ?? 0;
