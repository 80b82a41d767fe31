// The native `posix` module that lib/os.py builds on: the file-system calls (getcwd, chdir,
// listdir, stat/lstat as a 10-tuple that os.py wraps in stat_result, mkdir, rmdir, remove,
// rename, open/read/write/close on raw descriptors), the environment as a dict of str, and a
// few process facts (getpid, cpu_count, urandom). Every failure raises the OSError subclass of
// CPython for its errno (vm/modules/io.ts osError), with the filename attached.
import { ioInevitable } from '../runtime/stdio';
import * as fs from 'node:fs';
import * as os from 'node:os';
// node:crypto is required lazily (os.urandom only): loading it costs start-up time
const cryptoModule = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto');
import { K, T, typeOf } from '../runtime/types';
import { typeError, valueError } from '../runtime/errors';
import { callSpecial, indexNumber, tname } from '../runtime/protocol';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
import { floatOf } from '../objects/float';
import { newList } from '../objects/list_core';
import { newDict, dictSet } from '../objects/dict_core';
import { intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { bytesOf } from '../objects/bytes';
import { newBytes, bytesView } from '../objects/bytes_core';
import { strObj } from '../objects/str';
import { defineBuiltin, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { osError } from './io';
import { strerror } from '../runtime/errno';
import { OPEN_FLAGS } from './posix_flags';
import { flushStdout } from '../runtime/stdio';

/** A path argument: str or bytes (decoded as UTF-8); `name` names the function for errors. */
function pathArg(fn: string, v: number, what = 'path'): string {
  const p = pathText(fn, v, what);
  if (p.includes('\0')) valueError('embedded null byte');
  return p;
}

function pathText(fn: string, v: number, what: string): string {
  const s = strObj(v);
  if (s !== 0) return strJs(s);
  const b = bytesOf(v);
  if (b !== null) return Buffer.from(b).toString('utf8');
  // an os.PathLike: its __fspath__() must give str or bytes (os.fspath's rule)
  const p = callSpecial(v, intern('__fspath__'), []);
  if (p !== 0) {
    const ps = strObj(p);
    if (ps !== 0) return strJs(ps);
    const pb = bytesOf(p);
    if (pb !== null) return Buffer.from(pb).toString('utf8');
    return typeError(`expected ${tname(v)}.__fspath__() to return str or bytes, not ${tname(p)}`);
  }
  return typeError(`${fn}: ${what} should be string, bytes or os.PathLike, not ${tname(v)}`);
}

function secondsOf(v: number): number {
  const f = floatOf(v);
  return f !== null ? f : indexNumber(v);
}

function statTuple(st: fs.Stats): number {
  const secs = (ms: number): number => newFloat(ms / 1000);
  return newTuple([
    intFromNumber(st.mode), intFromNumber(st.ino), intFromNumber(st.dev), intFromNumber(st.nlink),
    intFromNumber(st.uid), intFromNumber(st.gid), intFromNumber(st.size),
    secs(st.atimeMs), secs(st.mtimeMs), secs(st.ctimeMs),
    intFromNumber(st.blksize), intFromNumber(st.blocks), intFromNumber(st.rdev),
  ]);
}

function wrap<T>(f: () => T, filename: number, filename2 = 0): T {
  ioInevitable(); // file-system side effects cannot be undone
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && 'code' in e) osError(e, filename, filename2);
    throw e;
  }
}


export function makePosixModule(): number {
  const m = newModule('posix');
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  const arg = (a: number[], i: number, fname: string): number => {
    if (a.length <= i) typeError(`${fname}() missing required argument 'path' (pos ${i + 1})`);
    return a[i];
  };
  fn('getcwd', () => newStr(process.cwd()));
  fn('chdir', (a) => wrap(() => { process.chdir(pathArg('chdir', arg(a, 0, 'chdir'))); return K.None; }, a[0]));
  fn('listdir', (a) => {
    const p = a.length > 0 && a[0] !== K.None ? pathArg('listdir', a[0]) : '.';
    // a bytes path lists bytes names, as CPython (the names' own bytes, not re-encoded)
    if (a.length > 0 && typeOf(a[0]) === T.bytes) {
      return wrap(() => newList(fs.readdirSync(Buffer.from(bytesView(a[0])), { encoding: 'buffer' }).map((n) => newBytes(n))), a[0]);
    }
    return wrap(() => newList(fs.readdirSync(p).map((n) => newStr(n))), a.length > 0 ? a[0] : newStr('.'));
  });
  fn('stat', (a) => wrap(() => statTuple(fs.statSync(pathArg('stat', arg(a, 0, 'stat')))), a[0]));
  fn('lstat', (a) => wrap(() => statTuple(fs.lstatSync(pathArg('lstat', arg(a, 0, 'lstat')))), a[0]));
  fn('fstat', (a) => wrap(() => statTuple(fs.fstatSync(indexNumber(a[0]))), 0));
  fn('mkdir', (a) => wrap(() => {
    const mode = a.length > 1 ? indexNumber(a[1]) : 0o777;
    fs.mkdirSync(pathArg('mkdir', arg(a, 0, 'mkdir')), { mode });
    return K.None;
  }, a[0]));
  fn('rmdir', (a) => wrap(() => { fs.rmdirSync(pathArg('rmdir', arg(a, 0, 'rmdir'))); return K.None; }, a[0]));
  const remove: BuiltinImpl = (a) => wrap(() => {
    const p = pathArg('remove', arg(a, 0, 'remove'));
    if (fs.lstatSync(p).isDirectory()) {
      const e = new Error('is a directory') as NodeJS.ErrnoException;
      e.code = 'EISDIR';
      throw e;
    }
    fs.unlinkSync(p);
    return K.None;
  }, a[0]);
  fn('remove', remove);
  fn('unlink', remove);
  fn('rename', (a) => wrap(() => { fs.renameSync(pathArg('rename', a[0], 'src'), pathArg('rename', a[1], 'dst')); return K.None; }, a[0], a[1]));
  fn('replace', (a) => wrap(() => { fs.renameSync(pathArg('replace', a[0], 'src'), pathArg('replace', a[1], 'dst')); return K.None; }, a[0], a[1]));
  fn('readlink', (a) => wrap(() => newStr(fs.readlinkSync(pathArg('readlink', a[0]))), a[0]));
  fn('symlink', (a) => wrap(() => { fs.symlinkSync(pathArg('symlink', a[0], 'src'), pathArg('symlink', a[1], 'dst')); return K.None; }, a[0], a[1]));
  fn('chmod', (a) => wrap(() => { fs.chmodSync(pathArg('chmod', a[0]), indexNumber(a[1])); return K.None; }, a[0]));
  fn('link', (a) => wrap(() => { fs.linkSync(pathArg('link', a[0], 'src'), pathArg('link', a[1], 'dst')); return K.None; }, a[0], a[1]));
  fn('truncate', (a) => wrap(() => { fs.truncateSync(pathArg('truncate', a[0]), indexNumber(a[1])); return K.None; }, a[0]));
  // utime(path, (atime, mtime) in seconds) or utime(path, None): now (lib/os.py handles ns=)
  fn('utime', (a) => wrap(() => {
    const p = pathArg('utime', a[0]);
    if (a.length < 2 || a[1] === K.None) {
      const now = new Date();
      fs.utimesSync(p, now, now);
    } else {
      const t = tupleItems(a[1]);
      if (t.length !== 2) typeError('utime: \'times\' must be either a tuple of two ints or None');
      fs.utimesSync(p, secondsOf(t[0]), secondsOf(t[1]));
    }
    return K.None;
  }, a[0]));
  fn('umask', (a) => intFromNumber(process.umask(indexNumber(a[0]))));
  fn('getuid', () => intFromNumber(process.getuid ? process.getuid() : 0));
  fn('getgid', () => intFromNumber(process.getgid ? process.getgid() : 0));
  fn('access', (a) => {
    try {
      fs.accessSync(pathArg('access', a[0]), indexNumber(a[1]));
      return K.True;
    } catch {
      return K.False;
    }
  });
  fn('realpath', (a) => {
    try {
      return newStr(fs.realpathSync(pathArg('realpath', a[0])));
    } catch {
      return a[0];
    }
  });
  fn('open', (a) => wrap(() => {
    const flags = a.length > 1 ? indexNumber(a[1]) : 0;
    const mode = a.length > 2 ? indexNumber(a[2]) : 0o777;
    return intFromNumber(fs.openSync(pathArg('open', a[0]), flags, mode));
  }, a[0]));
  fn('close', (a) => wrap(() => { fs.closeSync(indexNumber(a[0])); return K.None; }, 0));
  fn('read', (a) => wrap(() => {
    const buf = Buffer.alloc(Math.max(0, indexNumber(a[1])));
    const n = fs.readSync(indexNumber(a[0]), buf, 0, buf.length, null);
    return newBytes(new Uint8Array(buf.subarray(0, n)));
  }, 0));
  fn('write', (a) => wrap(() => {
    const fd = indexNumber(a[0]);
    const data = bytesOf(a[1]) ?? typeError(`a bytes-like object is required, not '${tname(a[1])}'`);
    if (fd === 1 || fd === 2) flushStdout();
    return intFromNumber(fs.writeSync(fd, data));
  }, 0));
  fn('isatty', (a) => {
    try {
      return fs.fstatSync(indexNumber(a[0])).isCharacterDevice() ? K.True : K.False;
    } catch {
      return K.False;
    }
  });
  fn('getpid', () => intFromNumber(process.pid));
  fn('getppid', () => intFromNumber(process.ppid));
  fn('cpu_count', () => intFromNumber(os.cpus().length || 1));
  fn('urandom', (a) => {
    const n = indexNumber(a[0]);
    if (n < 0) return valueError('negative argument not allowed');
    return newBytes(new Uint8Array(cryptoModule().randomBytes(n)));
  });
  fn('strerror', (a) => {
    const n = indexNumber(a[0]);
    return newStr(strerror(n));
  });
  fn('putenv', (a) => { process.env[strJs(a[0])] = strJs(a[1]); return K.None; });
  fn('unsetenv', (a) => { delete process.env[strJs(a[0])]; return K.None; });
  fn('_exit', (a) => {
    flushStdout();
    process.exit(a.length > 0 ? indexNumber(a[0]) : 0);
  });
  const env = newDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSet(env, newStr(k), newStr(v));
  moduleSet(m, 'environ', env);
  for (const [k, v] of Object.entries(OPEN_FLAGS)) moduleSet(m, k, intFromNumber(v));
  for (const [k, v] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1]] as const) moduleSet(m, k, intFromNumber(v));
  const u = os.userInfo();
  moduleSet(m, 'uname_result', newTuple([newStr(os.type()), newStr(os.hostname()), newStr(os.release()), newStr(os.version()), newStr(os.machine())]));
  moduleSet(m, '_home', newStr(u.homedir));
  return m;
}
