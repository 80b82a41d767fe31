// The sys module: argv, path, modules, the standard streams, version information, recursion
// and int-string limits, exc_info()/exception(), _getframe(), exit() and friends.
import { hashRandomized } from '../objects/siphash';
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_BUILTIN, L_INSTANCE, L_STR } from '../runtime/layouts';
import { TF_HAS_DICT, TF_HEAPTYPE, typeFlags, typeInfo } from '../objects/type_core';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { makeBuiltinType } from '../runtime/typedef';
import { PyException, newException, raise, typeError, valueError } from '../runtime/errors';
import { callFound, indexNumber, isInstance, isIntObject, names as N, reprJs, strOf, tname } from '../runtime/protocol';
import { floatOf } from '../objects/float';
import { originTrackingDepth, setOriginTrackingDepth } from '../objects/coro_origin';
import { intern, newStr, strGranules, strJs } from '../objects/str_core';
import { newTuple, tupleItem } from '../objects/tuple_core';
import { newList } from '../objects/list_core';
import { dictSet, newDict } from '../objects/dict_core';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { bindArgs, defineBuiltin, exactArgs, type BuiltinImpl } from '../objects/builtin_function';
import { getProfile, getTrace, setProfile, setTrace } from '../interp/py_trace';
import { requestSafePoint } from '../../stmgc/heap';
import { newModule, moduleSet } from '../objects/module';
import { newBoxed } from '../objects/boxed';
import { currentFrame, depth, handledException, recursionLimit, setRecursionLimit } from '../interp/thread';
import { markFrameEscaped } from '../interp/frame_recycle';
import { getSwitchInterval, setSwitchInterval } from '../interp/sched';
import { FR_BACK } from '../interp/frame_layout';
import { getMaxStrDigits, setMaxStrDigits } from '../runtime/limits';
import { makeStdStreams, setSysModuleForIo, sysStderr } from './io';
import { builtinDisplayHook, setBuiltinDisplayHook, writeToStream } from '../runtime/display';
import { intValue } from '../objects/int';
import { nativeNames } from '../runtime/importer';
import { instanceBasicSize, newInstance } from '../objects/object';
import { writeStderr } from '../runtime/stdio';
import { formatException } from '../runtime/traceback_print';
import { defaultBreakpointHook } from './breakpoint_hook';
import { getAsyncgenHooks, makeAsyncgenHooksType, setAsyncgenHooks } from './asyncgen_hooks';

export const VERSION_INFO = [3, 11, 7, 'final', 0] as const;

/** A struct sequence class (sys.version_info, sys.flags, ...): a tuple subclass with named fields. */
function structSeq(name: string, fields: string[], values: number[]): number {
  const getters: Record<string, (self: number) => number> = {};
  fields.forEach((f, i) => {
    getters[f] = (self) => tupleItem(mem[self + 4], i);
  });
  const def: TypeDef = {
    name,
    module: 'sys',
    base: T.tuple,
    layout: L_BOXED,
    final: true,
    slots: {
      repr: (self) => newStr(`${name}(${fields.map((f, i) => `${f}=${reprJs(tupleItem(mem[self + 4], i))}`).join(', ')})`),
    },
    getters,
    attrs: { n_fields: () => intFromNumber(fields.length), n_sequence_fields: () => intFromNumber(fields.length), n_unnamed_fields: () => intFromNumber(0) },
  };
  const t = makeBuiltinType(def);
  return newBoxed(t, newTuple(values, true));
}

let sysModule = 0;
export function sysModuleRef(): number { return sysModule; }

export function makeSysModule(argv: string[], path: string[], modules: number, executable: string): number {
  const m = newModule('sys');
  sysModule = m;
  setSysModuleForIo(m);
  const set = (n: string, v: number): void => moduleSet(m, n, v);
  const fn = (n: string, impl: BuiltinImpl): void => set(n, defineBuiltin(n, impl));
  set('argv', newList(argv.map(newStr), T.list, true));
  set('orig_argv', newList(argv.map(newStr)));
  set('path', newList(path.map(newStr), T.list, true));
  set('modules', modules);
  set('meta_path', newList([]));
  set('path_hooks', newList([]));
  set('path_importer_cache', newDict());
  set('warnoptions', newList([]));
  set('_xoptions', newDict());
  set('version', newStr('3.11.7 (pystm 0.1.0, Node.js ' + process.versions.node + ')'));
  set('version_info', structSeq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    [intFromNumber(3), intFromNumber(11), intFromNumber(7), intern('final'), intFromNumber(0)]));
  set('hexversion', intFromNumber(0x030b07f0));
  set('api_version', intFromNumber(1013));
  set('implementation', makeImplementation());
  set('platform', intern('linux'));
  set('byteorder', intern('little'));
  set('maxsize', intFromBigInt((1n << 63n) - 1n));
  set('maxunicode', intFromNumber(0x10ffff));
  set('executable', newStr(executable));
  set('_base_executable', newStr(executable));
  set('prefix', newStr('/usr/local'));
  set('exec_prefix', newStr('/usr/local'));
  set('base_prefix', newStr('/usr/local'));
  set('base_exec_prefix', newStr('/usr/local'));
  set('platlibdir', newStr('lib'));
  set('pycache_prefix', K.None);
  set('abiflags', newStr(''));
  set('copyright', newStr('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.'));
  set('dont_write_bytecode', K.True);
  set('float_repr_style', newStr('short'));
  set('builtin_module_names', newTuple(['builtins', 'sys', ...nativeNames()].sort().map(newStr)));
  set('stdlib_module_names', newTuple([]));
  set('flags', structSeq('flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
    'safe_path', 'int_max_str_digits'], [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, hashRandomized() ? 1 : 0, 0, 0, 1, 0, 0, -1].map((x, i) => (i === 13 ? K.False : intFromNumber(x)))));
  set('float_info', structSeq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    [newFloat(Number.MAX_VALUE), intFromNumber(1024), intFromNumber(308), newFloat(2.2250738585072014e-308), intFromNumber(-1021), intFromNumber(-307),
      intFromNumber(15), intFromNumber(53), newFloat(Number.EPSILON), intFromNumber(2), intFromNumber(1)]));
  set('int_info', structSeq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    [intFromNumber(30), intFromNumber(4), intFromNumber(4300), intFromNumber(640)]));
  set('hash_info', structSeq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    [intFromNumber(64), intFromBigInt((1n << 61n) - 1n), intFromNumber(314159), intFromNumber(0), intFromNumber(1000003), newStr('siphash13'),
      intFromNumber(64), intFromNumber(128), intFromNumber(0)]));
  set('thread_info', structSeq('thread_info', ['name', 'lock', 'version'], [newStr('pthread'), newStr('semaphore'), K.None]));
  const streams = makeStdStreams();
  set('stdin', streams.stdin);
  set('stdout', streams.stdout);
  set('stderr', streams.stderr);
  set('__stdin__', streams.stdin);
  set('__stdout__', streams.stdout);
  set('__stderr__', streams.stderr);
  fn('exit', (a) => {
    const code = a.length === 0 ? K.None : a[0];
    throw new PyException(newException(T.SystemExit, a.length === 0 || code === K.None ? K.emptyTuple : newTuple([code])));
  });
  fn('getrecursionlimit', () => intFromNumber(recursionLimit));
  fn('setrecursionlimit', (a) => {
    const n = intValue(a[0]);
    if (n === null) typeError(`'${strOf(a[0])}' object cannot be interpreted as an integer`);
    if (n! < 1n) valueError('recursion limit must be greater or equal than 1');
    // as CPython: the depth counts this call too; a limit at or below it is refused
    const current = depth + 1;
    if (n! <= BigInt(current)) raise(T.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${current}: the limit is too low`);
    setRecursionLimit(Number(n));
    return K.None;
  });
  fn('exc_info', () => {
    const e = handledException();
    if (e === 0 || e === K.None) return newTuple([K.None, K.None, K.None]);
    return newTuple([typeOf(e), e, mem[e + 5] || K.None]);
  });
  fn('exception', () => {
    const e = handledException();
    return e === 0 ? K.None : e;
  });
  fn('_getframe', (a) => {
    let depth = a.length > 0 ? indexNumber(a[0]) : 0;
    let f = currentFrame();
    while (depth > 0 && f !== 0) {
      f = mem[f + FR_BACK];
      depth--;
    }
    if (f === 0) valueError('call stack is not deep enough');
    markFrameEscaped(f); // (never reused after it returns: interp/frame_recycle.ts)
    return f;
  });
  fn('getsizeof', (a) => {
    if (a.length < 1 || a.length > 2) typeError(`getsizeof() takes at most 2 arguments (${a.length} given)`);
    const v = a[0];
    // a class statement's __sizeof__ (looked up on the class) answers, plus CPython 3.11's
    // pre-header: the GC links, and the managed __dict__ pointers when instances have a dict
    const hook = typeInfo(typeOf(v)).lookup(intern('__sizeof__'));
    if (hook !== 0 && layoutOf(hook) !== L_BUILTIN) {
      let r: number;
      try {
        r = callFound(v, hook, []);
      } catch (e) {
        if (a.length === 2 && e instanceof PyException && isInstance(e.exc, T.TypeError)) return a[1];
        throw e;
      }
      if (!isIntObject(r)) typeError('an integer is required');
      const n = indexNumber(r);
      if (n < 0) valueError('__sizeof__() should return >= 0');
      return intFromNumber(n + ((typeFlags(typeOf(v)) & TF_HAS_DICT) !== 0 ? 32 : 16));
    }
    if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_STR) return intFromNumber(16 + 8 * strGranules(v));
    // a plain instance: its class's basic size, the GC links and the managed __dict__ pointers
    // (not its heap size: that holds the inline attribute values, objects/inline_values.ts)
    if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_INSTANCE && (typeOf(v) === T.object || (typeFlags(typeOf(v)) & TF_HEAPTYPE) !== 0)) {
      const cls = typeOf(v);
      return intFromNumber(instanceBasicSize(v) + (cls === T.object ? 0 : 16) + ((typeFlags(cls) & TF_HAS_DICT) !== 0 ? 16 : 0));
    }
    if ((v & 1) === 1) return intFromNumber(28);
    // a class statement's subclass of a builtin: the managed __dict__ pointers too when its
    // instances have one (CPython's D(dict) is bigger than a dict; test_ordered_dict's test_sizeof)
    const flags = typeFlags(typeOf(v));
    const dictPtrs = (flags & (TF_HEAPTYPE | TF_HAS_DICT)) === (TF_HEAPTYPE | TF_HAS_DICT) ? 16 : 0;
    return intFromNumber(16 + 8 * (mem[v] >>> 11 & 0x3ff) + dictPtrs);
  });
  fn('intern', (a) => intern(strJs(a[0])));
  fn('getdefaultencoding', () => newStr('utf-8'));
  fn('getfilesystemencoding', () => newStr('utf-8'));
  fn('getfilesystemencodeerrors', () => newStr('surrogateescape'));
  makeAsyncgenHooksType();
  fn('set_asyncgen_hooks', setAsyncgenHooks);
  fn('get_asyncgen_hooks', getAsyncgenHooks);
  fn('get_coroutine_origin_tracking_depth', () => intFromNumber(originTrackingDepth()));
  fn('set_coroutine_origin_tracking_depth', (a, kw) => {
    const [depth] = bindArgs('set_coroutine_origin_tracking_depth', a, kw, ['depth']);
    setOriginTrackingDepth(indexNumber(depth));
    return K.None;
  });
  fn('get_int_max_str_digits', () => intFromNumber(getMaxStrDigits()));
  fn('set_int_max_str_digits', (a) => {
    const n = indexNumber(a[0]);
    if (n !== 0 && n < 640) valueError('maxdigits must be 0 or larger than 640');
    setMaxStrDigits(n);
    return K.None;
  });
  fn('getrefcount', () => intFromNumber(2));
  // trace and profile functions (interp/py_trace.ts); running loops see them at their next
  // safe point, which the request brings at the next call or backward jump
  fn('settrace', (a, kw) => { exactArgs('sys.settrace', a, 1, kw); setTrace(a[0]); requestSafePoint(); return K.None; });
  fn('gettrace', () => getTrace());
  fn('setprofile', (a, kw) => { exactArgs('sys.setprofile', a, 1, kw); setProfile(a[0]); requestSafePoint(); return K.None; });
  fn('getprofile', () => getProfile());
  fn('audit', () => K.None);
  fn('addaudithook', () => K.None);
  fn('is_finalizing', () => K.False);
  // the scheduler maps the interval to a tick budget (interp/sched.ts, TICKS_PER_SECOND)
  fn('getswitchinterval', () => newFloat(getSwitchInterval()));
  fn('setswitchinterval', (a) => {
    const v = a[0];
    const f = floatOf(v);
    const n = f !== null ? f : (v & 1) === 1 ? v >> 1 : typeError(`must be real number, not ${tname(v)}`);
    if (!(n > 0)) valueError('switch interval must be strictly positive');
    setSwitchInterval(n);
    return K.None;
  });
  fn('displayhook', (a) => {
    if (a.length !== 1) typeError(`displayhook() takes exactly one argument (${a.length} given)`);
    builtinDisplayHook(a[0]);
    return K.None;
  });
  setBuiltinDisplayHook(moduleGet(m, 'displayhook'));
  fn('excepthook', (a) => {
    if (a.length !== 3) typeError(`excepthook expected 3 arguments, got ${a.length}`);
    // to the current sys.stderr (a test may have replaced it); nothing when it is None
    const err = sysStderr();
    if (err !== K.None) writeToStream(err, formatException(a[1]));
    return K.None;
  });
  set('__excepthook__', moduleGet(m, 'excepthook'));
  set('__displayhook__', moduleGet(m, 'displayhook'));
  fn('breakpointhook', defaultBreakpointHook);
  set('__breakpointhook__', moduleGet(m, 'breakpointhook'));
  return m;
}

import { moduleGet } from '../objects/module';

function makeImplementation(): number {
  const o = newInstance(T.SimpleNamespace);
  const d = newDict();
  mem[o + 3] = d;
  dictSet(d, intern('name'), intern('pystm'));
  dictSet(d, intern('cache_tag'), intern('pystm-311')); // names .pyc paths only: pystm never writes one (dont_write_bytecode)
  dictSet(d, intern('version'), newTuple([intFromNumber(0), intFromNumber(1), intFromNumber(0), intern('alpha'), intFromNumber(0)]));
  dictSet(d, intern('hexversion'), intFromNumber(0x000100a0));
  dictSet(d, intern('_multiarch'), newStr('x86_64-linux-gnu'));
  return o;
}

export const _keep = [L_INSTANCE, layoutOf, raise, N];
