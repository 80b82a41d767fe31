// The native `_pystm_re` module behind lib/re/__init__.py: compiles a Python pattern (str, or
// bytes seen as latin-1 text) into JS RegExps through re_translate.ts and runs them. A compiled
// pattern is named by its id, a heap tuple (source text, flags given, is-bytes): any worker can
// compile it again into its own JS cache (by address for this GC epoch, else by content), so a
// pattern compiled on one worker works on every other. Subjects converted to JS strings are kept
// in a small per-worker table named by a handle (`prep`), checked against the subject's address
// and epoch (a thread may move to another worker between two calls), so finditer/sub/split do
// not convert the subject again per match. Positions crossing the boundary are Python code point
// offsets; for strings with astral characters they are mapped to and from UTF-16 offsets here.
//   compile(pattern, flags) -> (id, groups, ((name, index), ...), flags, parents, warnings) | (msg, pos|None[, warnings])
//   prep(id, subject) -> handle;  exec(id, subject, handle, pos, endpos, mode) -> spans + (lastindex, pos, endpos) | None
//   scan(id, subject, pos, endpos, limit) -> [spans + (lastindex, pos, endpos), ...] (all matches, or limit)
//   (lastindex: sre's from the backtracking matcher, -1 for None; -2 from a JS RegExp: lib/re
//   then works it out from the spans)
//   (pos and endpos are clamped here as CPython does; endpos None means the end)
//   mode: 0 search, 1 match, 2 fullmatch, 3 search where an empty match at pos is not allowed.
import { K, T, typeOf } from '../runtime/types';
import { raise } from '../runtime/errors';
import { newStr, strJs, strJsMapped, strIsBmp, strLen, strCodeAt, bmpHasSurrogatePair } from '../objects/str_core';
import { strObj } from '../objects/str';
import { newTuple, tupleItems, tupleLen } from '../objects/tuple_core';
import { anyGcEpoch } from '../runtime/alloc';
import { newList } from '../objects/list_core';
import { intFromNumber } from '../objects/int_core';
import { indexNumber, index, tname } from '../runtime/protocol';
import { toBigInt } from '../objects/int_core';
import { bytesOf } from '../objects/bytes';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { ReError, NeedsBacktracker, OverflowSignal, parsePattern, emitPattern, F_L, F_U, F_A, type Parsed } from './re_translate';
import { type Program, compileProgram } from './re_backtrack_compile';
import { btExec } from './re_backtrack_run';
import { mainHasSignals, runPendingSignals } from '../runtime/signals';

interface Compiled {
  isBytes: boolean;
  /** the backtracking matcher's program, for patterns JS RegExp cannot run (then no RegExp) */
  bt: Program | null;
  /** the parsed pattern, and its backtracking program made on first need: a subject in which
   *  a lone high surrogate precedes a lone low one (two code points that a JS string, and so
   *  JS RegExp's u flag, would take as one: see Subject.lonePairs) runs on the backtracker */
  ps: Parsed;
  btLazy: Program | null;
  source: string;
  jsFlags: string;
  groupMap: number[];
  groups: number;
  hasLazyOrAlt: boolean;
  advSource: string | null;
  advMap: number[];
  search: RegExp | null;
  match: RegExp | null;
  full: RegExp | null;
  adv: RegExp | null;
  outFlags: number;
  names: Map<string, number>;
  parents: number[];
  warnings: string[];
}

// this worker's compiled patterns: by content, and by id address for the current epoch
const byKey = new Map<string, Compiled>();
let byAddr = new Map<number, Compiled>();
let byAddrEpoch = -1;

interface Subject {
  js: string; len: number; cpToU: Int32Array | null; uToCp: Int32Array | null; ref: number; epoch: number; cps?: Int32Array;
  /** a lone high surrogate code point followed by a lone low one: JS RegExp cannot see these as
   *  two characters, the backtracker runs instead (and cps holds the true code points) */
  lonePairs: boolean;
}
const subjects = new Map<number, Subject>();
let nextHandle = 1;

/** The compiled pattern named by an id tuple (compiled here on first use on this worker). */
function compiledOf(idObj: number): Compiled {
  const e = anyGcEpoch();
  if (e !== byAddrEpoch) {
    byAddr = new Map();
    byAddrEpoch = e;
  }
  let c = byAddr.get(idObj);
  if (c !== undefined) return c;
  const it = typeOf(idObj) === T.tuple && tupleLen(idObj) === 3 ? tupleItems(idObj) : null;
  if (it === null || strObj(it[0]) === 0) return raise(T.TypeError, 'invalid pattern id');
  const pat = strObj(it[0]);
  const mapped = strJsMapped(pat);
  const r = buildCompiled(mapped ?? strJs(pat), indexNumber(it[1]), it[2] === K.True, mapped !== null);
  if (!('source' in r)) return raise(T.RuntimeError, 'a compiled pattern failed to compile again');
  c = r;
  byAddr.set(idObj, c);
  return c;
}

function makeSubject(v: number, patIsBytes: boolean | null = null): Subject {
  const s = strObj(v);
  if (s !== 0) {
    if (patIsBytes === true) return raise(T.TypeError, 'cannot use a bytes pattern on a string-like object');
    const js = strJs(s);
    const len = strLen(s);
    // (a BMP str's JS string has one unit per code point: any surrogate pair in it is two)
    if (strIsBmp(s)) return { js, len, cpToU: null, uToCp: null, ref: v, epoch: anyGcEpoch(), lonePairs: bmpPairs(s) };
    const cpToU = new Int32Array(len + 1);
    const uToCp = new Int32Array(js.length + 1);
    let u = 0;
    let lonePairs = false;
    let prevHigh = false;
    for (let i = 0; i < len; i++) {
      cpToU[i] = u;
      uToCp[u] = i;
      const c = strCodeAt(s, i);
      if (c > 0xffff) { uToCp[u + 1] = i; u += 2; } else u += 1;
      if (prevHigh && c >= 0xdc00 && c <= 0xdfff) lonePairs = true;
      prevHigh = c >= 0xd800 && c <= 0xdbff;
    }
    cpToU[len] = u;
    uToCp[u] = len;
    const sub: Subject = { js, len, cpToU, uToCp, ref: v, epoch: anyGcEpoch(), lonePairs };
    if (lonePairs) {
      const cps = new Int32Array(len);
      for (let i = 0; i < len; i++) cps[i] = strCodeAt(s, i);
      sub.cps = cps;
    }
    return sub;
  }
  const b = bytesOf(v);
  if (b === null) return raise(T.TypeError, `expected string or bytes-like object, got '${tname(v)}'`);
  if (patIsBytes === false) return raise(T.TypeError, 'cannot use a string pattern on a bytes-like object');
  const js = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  return { js, len: js.length, cpToU: null, uToCp: null, ref: v, epoch: anyGcEpoch(), lonePairs: false };
}

// the last long str asked about (by address and collection epoch, as subjects are): a loop of
// calls on one long text (test_re's test_search_anchor_at_beginning: ten calls on 10 MB) searches
// it once
let pairRef = 0;
let pairEpoch = -1;
let pairAnswer = false;

/** Whether a BMP str holds a lone surrogate pair (str_core.ts bmpHasSurrogatePair). */
function bmpPairs(s: number): boolean {
  if (strLen(s) < 256) return bmpHasSurrogatePair(s);
  const e = anyGcEpoch();
  if (s !== pairRef || e !== pairEpoch) {
    pairAnswer = bmpHasSurrogatePair(s);
    pairRef = s;
    pairEpoch = e;
  }
  return pairAnswer;
}

function reCompile(patObj: number, flagsObj: number): number {
  const flags = indexNumber(flagsObj);
  const s = strObj(patObj);
  let pattern: string;
  let isBytes = false;
  let mapped: string | null = null;
  if (s !== 0) pattern = (mapped = strJsMapped(s)) ?? strJs(s);
  else {
    const b = bytesOf(patObj);
    if (b === null) return raise(T.TypeError, 'first argument must be string or compiled pattern');
    pattern = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
    isBytes = true;
  }
  const c = buildCompiled(pattern, flags, isBytes, mapped !== null);
  if (!('source' in c)) return c.error;
  const id = newTuple([s !== 0 ? s : newStr(pattern), intFromNumber(flags), isBytes ? K.True : K.False]);
  const names: number[] = [];
  for (const [name, idx] of c.names) names.push(newTuple([newStr(name), intFromNumber(idx)]));
  return newTuple([id, intFromNumber(c.groups), newTuple(names), intFromNumber(c.outFlags), newTuple(c.parents.map(intFromNumber)), newTuple(c.warnings.map((w) => newStr(w)))]);
}

/**
 * Compiles (or finds in this worker's cache) a pattern; an error is a (msg, pos) tuple.
 * `mapped`: a str pattern's lone surrogates are written as private-use astral code points, as
 * str methods write them (str_core.ts strJsMapped; parsePattern reads them back), so that a lone
 * high surrogate followed by a lone low one stays two code points ('\ud800' + '\udc00' is not
 * '\U00010000').
 */
function buildCompiled(pattern: string, flags: number, isBytes: boolean, mapped = false): Compiled | { error: number } {
  const key = `${flags}:${isBytes ? 'b' : mapped ? 'm' : 's'}:${pattern}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  let ps;
  try {
    ps = parsePattern(pattern, flags, isBytes, mapped);
  } catch (e) {
    if (e instanceof ReError) {
      const err = [newStr(e.msg), e.pos === null ? K.None : intFromNumber(e.pos)];
      if (e.warnings.length > 0) err.push(newTuple(e.warnings.map((w) => newStr(w)))); // (lib/re issues them first)
      return { error: newTuple(err) };
    }
    if (e instanceof OverflowSignal) return raise(T.OverflowError, e.msg);
    throw e;
  }
  const outFlags = ps.flags;
  if (!isBytes) {
    if ((outFlags & F_L) !== 0) return raise(T.ValueError, 'cannot use LOCALE flag with a str pattern');
    if ((outFlags & F_A) !== 0 && (outFlags & F_U) !== 0) return raise(T.ValueError, 'ASCII and UNICODE flags are incompatible');
  } else {
    if ((outFlags & F_U) !== 0) return raise(T.ValueError, 'cannot use UNICODE flag with a bytes pattern');
    if ((outFlags & F_L) !== 0 && (outFlags & F_A) !== 0) return raise(T.ValueError, 'ASCII and LOCALE flags are incompatible');
  }
  let em, adv;
  try {
    // PYSTM_RE_BACKTRACK=1 runs every pattern on the backtracking matcher (tests, speed
    // comparisons; read here, not at module load, which the start-up snapshot has done)
    if (process.env.PYSTM_RE_BACKTRACK === '1') throw new NeedsBacktracker('PYSTM_RE_BACKTRACK=1', null);
    em = emitPattern(ps, isBytes, 0);
    adv = em.hasLazyOrAlt ? emitPattern(ps, isBytes, 1) : null;
    new RegExp(em.source, em.flags); // JS syntax check (a translation bug shows up here)
  } catch (e) {
    if (e instanceof NeedsBacktracker) {
      const c: Compiled = {
        isBytes, bt: compileProgram(ps), ps, btLazy: null,
        source: '', jsFlags: '', groupMap: [], groups: ps.groups, hasLazyOrAlt: false, advSource: null, advMap: [],
        search: null, match: null, full: null, adv: null,
        outFlags, names: ps.names, parents: ps.parents, warnings: ps.warnings,
      };
      byKey.set(key, c);
      return c;
    }
    if (e instanceof ReError) return { error: newTuple([newStr(e.msg), e.pos === null ? K.None : intFromNumber(e.pos)]) };
    if (e instanceof SyntaxError) return { error: newTuple([newStr(`pystm could not translate this pattern: ${e.message}`), K.None]) };
    throw e;
  }
  const c: Compiled = {
    isBytes, bt: null, ps, btLazy: null,
    source: em.source, jsFlags: em.flags, groupMap: em.groupMap, groups: ps.groups, hasLazyOrAlt: em.hasLazyOrAlt,
    advSource: adv === null ? null : `(?=([\\s\\S]*))(?:${adv.source})(?!\\1)`, advMap: adv === null ? [] : adv.groupMap,
    search: null, match: null, full: null, adv: null,
    outFlags, names: ps.names, parents: ps.parents, warnings: ps.warnings,
  };
  byKey.set(key, c);
  return c;
}

function prep(idObj: number, v: number): number {
  const sub = makeSubject(v, compiledOf(idObj).isBytes);
  if (strObj(v) === 0 && layoutIsMutable(v)) return intFromNumber(0);
  const h = nextHandle++;
  subjects.set(h, sub);
  if (subjects.size > 16) subjects.delete(subjects.keys().next().value as number);
  return intFromNumber(h);
}

function layoutIsMutable(v: number): boolean {
  // bytes are immutable; bytearray, memoryview and other buffers may change between calls
  return !(bytesOf(v) !== null && isExactBytes(v));
}

function isExactBytes(v: number): boolean { return typeOf(v) === T.bytes; }

function regexFor(c: Compiled, mode: number): RegExp {
  switch (mode) {
    case 0: return c.search ??= new RegExp(c.source, c.jsFlags + 'dg');
    case 1: return c.match ??= new RegExp(c.source, c.jsFlags + 'dy');
    case 2: return c.full ??= new RegExp(`(?:${c.source})(?![\\s\\S])`, c.jsFlags + 'dy');
    default: return c.adv ??= new RegExp(c.advSource as string, c.jsFlags + 'dy');
  }
}

/** A position argument clamped to 0..len (None means len). */
function clampPos(v: number, len: number): number {
  if (v === K.None) return len;
  let n: number;
  if ((v & 1) === 1) n = v >> 1;
  else {
    const b = toBigInt(index(v));
    n = b > BigInt(len) ? len : b < 0n ? 0 : Number(b);
  }
  return n < 0 ? 0 : n > len ? len : n;
}

function subjectFor(c: Compiled, subj: number, h: number): Subject {
  let sub = h !== 0 ? subjects.get(h) : undefined;
  if (sub === undefined || sub.ref !== subj || sub.epoch !== anyGcEpoch()) {
    sub = makeSubject(subj, c.isBytes);
    if (h !== 0) subjects.set(h, sub);
  }
  return sub;
}

/** One match attempt: Python spans of groups 0..n (code points, -1 when unset) and lastindex
 *  (-2: unknown), or null. */
function execOnce(c: Compiled, sub: Subject, js: string, pos: number, endpos: number, mode: number): number[] | null {
  if (c.bt !== null) return btExec(c.bt, codePoints(sub), pos, endpos, mode, pollSignals);
  if (sub.lonePairs) return btExec(c.btLazy ??= compileProgram(c.ps), codePoints(sub), pos, endpos, mode, pollSignals);
  const toU = (i: number): number => (sub.cpToU === null ? i : sub.cpToU[i]);
  let start = toU(pos);
  let map = c.groupMap;
  let m: RegExpExecArray | null = null;
  if (mode === 3) {
    if (c.hasLazyOrAlt) {
      const re = regexFor(c, 3);
      re.lastIndex = start;
      m = re.exec(js);
      if (m !== null) map = c.advMap;
    }
    if (m === null) {
      if (pos >= endpos) return null;
      start = toU(pos + 1);
      mode = 0;
    }
  }
  if (m === null) {
    const re = regexFor(c, mode);
    re.lastIndex = start;
    m = re.exec(js);
    if (m === null) return null;
  }
  const ind = m.indices as RegExpIndicesArray;
  const out: number[] = [];
  for (let g = 0; g <= c.groups; g++) {
    const span = g === 0 ? ind[0] : ind[map[g]];
    if (span === undefined) out.push(-1, -1);
    else if (sub.uToCp === null) out.push(span[0], span[1]);
    else out.push(sub.uToCp[span[0]], sub.uToCp[span[1]]);
  }
  out.push(-2);
  return out;
}

/** The subject as code points (the backtracking matcher's input), made once per Subject. */
function codePoints(sub: Subject): Int32Array {
  if (sub.cps !== undefined) return sub.cps;
  const out = new Int32Array(sub.len);
  const js = sub.js;
  if (sub.cpToU === null) for (let i = 0; i < sub.len; i++) out[i] = js.charCodeAt(i);
  else for (let i = 0; i < sub.len; i++) out[i] = js.codePointAt(sub.cpToU[i]) as number;
  sub.cps = out;
  return out;
}

/** Ctrl-C and other signal handlers during a long backtracking match (main thread). */
function pollSignals(): void {
  if (mainHasSignals()) runPendingSignals();
}

function spansTuple(sp: number[], pos: number, endpos: number): number {
  const out: number[] = new Array(sp.length + 2);
  for (let i = 0; i < sp.length; i++) out[i] = intFromNumber(sp[i]);
  out[sp.length] = intFromNumber(pos);
  out[sp.length + 1] = intFromNumber(endpos);
  return newTuple(out);
}

function reExec(idObj: number, subj: number, handleObj: number, posObj: number, endObj: number, modeObj: number): number {
  const c = compiledOf(idObj);
  const sub = subjectFor(c, subj, indexNumber(handleObj));
  const pos = clampPos(posObj, sub.len);
  let endpos = clampPos(endObj, sub.len);
  const realEnd = endpos;
  const mode = indexNumber(modeObj);
  if (pos > endpos) {
    if (mode === 0 || mode === 3) return K.None;
    endpos = pos;
  }
  const js = endpos < sub.len ? sub.js.slice(0, sub.cpToU === null ? endpos : sub.cpToU[endpos]) : sub.js;
  const sp = execOnce(c, sub, js, pos, endpos, mode);
  return sp === null ? K.None : spansTuple(sp, pos, realEnd);
}

/** Every match of a search loop (CPython's empty-match rule), at most `limit` (0: all). */
function reScan(idObj: number, subj: number, posObj: number, endObj: number, limitObj: number): number {
  const c = compiledOf(idObj);
  const sub = subjectFor(c, subj, 0);
  let pos = clampPos(posObj, sub.len);
  const endpos = clampPos(endObj, sub.len);
  const limit = indexNumber(limitObj);
  const items: number[] = [];
  if (pos > endpos) return newList(items);
  const js = endpos < sub.len ? sub.js.slice(0, sub.cpToU === null ? endpos : sub.cpToU[endpos]) : sub.js;
  let mode = 0;
  while (limit <= 0 || items.length < limit) {
    const sp = execOnce(c, sub, js, pos, endpos, mode);
    if (sp === null) break;
    items.push(spansTuple(sp, pos, endpos));
    mode = sp[1] === sp[0] ? 3 : 0;
    pos = sp[1];
  }
  return newList(items);
}

export function makeReNativeModule(): number {
  const m = newModule('_pystm_re');
  moduleSet(m, 'compile', defineBuiltin('compile', (a) => reCompile(a[0], a[1])));
  moduleSet(m, 'prep', defineBuiltin('prep', (a) => prep(a[0], a[1])));
  moduleSet(m, 'scan', defineBuiltin('scan', (a) => reScan(a[0], a[1], a[2], a[3], a[4])));
  moduleSet(m, 'exec', defineBuiltin('exec', (a) => reExec(a[0], a[1], a[2], a[3], a[4], a[5])));
  moduleSet(m, 'js_source', defineBuiltin('js_source', (a) => {
    const c = compiledOf(a[0]);
    return newStr(c.bt !== null ? '(the backtracking matcher: no JS RegExp)' : `/${c.source}/${c.jsFlags}`);
  }));
  return m;
}
