// Inline caches for attribute access on plain instances (LOAD_ATTR, STORE_ATTR, LOAD_METHOD),
// per worker and per code object (never in the shared code object). An entry remembers, for a
// class seen at that instruction, that the attribute is an instance-dict entry (and at
// which entry number instances of that class usually keep it: instances filled by the same
// __init__ share the order), or, for LOAD_METHOD, which function the class gives.
//   [class, class epoch, entry number or method, gc epoch (methods are young objects)]
// (LOAD_METHOD's entries have a fifth word, MC_WORDS below: the last map found without the name.)
// Two entries per instruction (8 words): a site that sees two classes (richards' task kinds,
// deltablue's constraint classes) hits both, and run()'s inline hit tests check those two. A third
// class (both entries of this epoch taken) goes to the site's overflow entries (OV_ENTRIES more, in
// CodeInfo.acache2 / mcache2, made for a code object when one of its sites first needs them): a
// hit there costs this function's call and a few compares instead of the class lookups of a fill
// (vm/NOTES.md "Two-way attribute caches", "h30-attr").
// An instance attribute entry is [class, class epoch, index, 2 * nslots]: the index is the
// attribute's position in the instance's map when the instance keeps its attributes inline
// (objects/inline_values.ts: value i at obj + 4 + nslots + i, the hit checks map[i] === name; the
// map is immutable, so only the instance is barriered) or its entry number in a real __dict__.
// Attribute loads and stores also cache __slots__ members: [class, class epoch, slot index, 1]
// (a member descriptor is a data descriptor: it wins over any instance dict, so a hit needs no
// dict check; an unset slot reads 0 and takes the generic path, which raises).
// A hit re-checks the class and the epoch of class changes; an instance-dict hit re-checks the
// key at that entry; a method hit re-checks the collection count. Anything else misses and
// takes the generic path, then refills the entry.
// Barriers (vm/NOTES.md "Barriers in the VM"): the instance is read-barriered before its class,
// slot or __dict__ word is read, its __dict__ before the entries (the dict guards them); a store
// write-barriers the instance (slot) or the dict and one card of its entries. Entry numbers are
// checked against the entries vector's capacity (a zombie may see a torn dict); the value word of
// a LARGE entries vector is guarded per card (objects/dict_core.ts valueRead). The barrier
// tests are written out (these functions are called from run(), past V8's inlining budget).
import { cardMarks, mem, readMarks, txActive, txLock, txSnapshot } from '../../stmgc/heap';
import { CARD_SHIFT, GC_WB, SIZE_MASK, SIZE_SHIFT } from '../../stmgc/layout';
import { STM_BUILD } from '../../stmgc/build_mode';
import { readBarrier, readBarrierCard } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { D_ENTRIES, D_INDICES, D_NENTRIES, valueRead } from '../objects/dict_core';
import { CLASS_WORD, L_BUILTIN, L_BYTES, L_COMPLEX, L_FLOAT, L_FUNCTION, L_INSTANCE, L_INT, L_MODULE, L_STR, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { layoutType } from '../runtime/types';
import { currentTypeEpoch, typeInfo } from '../objects/type_core';
import { objectGetattro } from '../objects/object';
import { isMember } from '../objects/type';
import { anyGcEpoch } from '../runtime/alloc';
import type { CodeInfo } from '../objects/code';

function cacheOf(ci: CodeInfo): Int32Array {
  let c = ci.acache;
  if (c === null) c = ci.acache = new Int32Array(ci.words.length * 8);
  return c;
}

/** Overflow entries per instruction (a site's third to sixth class). */
const OV_ENTRIES = 4;

/** The overflow entries of attribute sites (4 words each, the format of the two in acache). */
function overflowOf(ci: CodeInfo): Int32Array {
  let c = ci.acache2;
  if (c === null) c = ci.acache2 = new Int32Array(ci.words.length * 4 * OV_ENTRIES);
  return c;
}

/** Where a site's new class goes: the first of the two entries at k while it is empty or of an
 *  older class epoch, else the second while it is; -1 when both hold classes of this epoch. */
function primarySlot(c: Int32Array, k: number, ep: number): number {
  if (c[k] === 0 || c[k + 1] !== ep) return k;
  return c[k + 4] === 0 || c[k + 5] !== ep ? k + 4 : -1;
}

/** The overflow entry of class cls at o (OV_ENTRIES entries of 4 words from o), or -1. */
function overflowFind(c: Int32Array, o: number, cls: number, ep: number): number {
  for (let j = o; j < o + 4 * OV_ENTRIES; j += 4) if (c[j] === cls && c[j + 1] === ep) return j;
  return -1;
}

/** Overflow hits so far (this worker): every PROMOTE_EVERY-th one is promoted. */
let ovHits = 0;
/** Power of two: a site cycling through more classes than its two entries (richards' four task
 *  kinds, round robin) would swap at every hit; a program's later phase that meets other classes
 *  at the same sites (deltablue's constraint kinds) still gets them promoted within a few hits. */
const PROMOTE_EVERY = 8;

/** Is this overflow hit the one to promote (see PROMOTE_EVERY)? */
function promoteNow(): boolean {
  return (++ovHits & (PROMOTE_EVERY - 1)) === 0;
}

/** An overflow hit at o2 of c2 trades places with the second entry (k + n of c, `n` words each):
 *  the class a site sees now hits in run()'s inline test next time. Returns k + n. */
function promote(c: Int32Array, k: number, c2: Int32Array, o2: number, n: number): number {
  const s = k + n;
  for (let j = 0; j < n; j++) {
    const t = c[s + j];
    c[s + j] = c2[o2 + j];
    c2[o2 + j] = t;
  }
  return s;
}

/** A class new at a site whose two entries are taken (by classes of this epoch): the second
 *  entry (at s = k + n of c, n words) moves to the overflow entries at o of ov (an empty or
 *  stale one, else one picked by its class's address; the one of its class if there is one), and
 *  the new class takes its place (the caller fills s; a fill may also leave it as it was). `n`: 4 (attributes) or 5 (methods: stale also by the collection epoch ge). */
function demote(c: Int32Array, k: number, ov: Int32Array, o: number, n: number, ep: number, ge: number): number {
  const s = k + n;
  let t = -1;
  for (let j = o; j < o + n * OV_ENTRIES; j += n) {
    if (ov[j] === c[s]) {
      t = j; // (already there: a fill that did not cache its class demoted it before)
      break;
    }
    if (t < 0 && (ov[j] === 0 || ov[j + 1] !== ep || (n === 5 && ov[j + 3] !== ge))) t = j;
  }
  if (t < 0) t = o + ((c[s] >>> 3) % OV_ENTRIES) * n;
  for (let j = 0; j < n; j++) ov[t + j] = c[s + j];
  return s;
}

/** The value of instance attribute `name` through the cache, or 0 (use the generic path). */
export function cachedInstanceAttr(ci: CodeInfo, pc: number, obj: number, name: number): number {
  const m = mem;
  if ((obj & 1) === 1 || (m[obj] & 0x7ff) !== L_INSTANCE) return 0;
  let c = cacheOf(ci);
  let k = pc * 8;
  if (STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock) readBarrier(obj);
  const cls = m[obj + 2];
  const ep = currentTypeEpoch();
  if (c[k] !== cls || c[k + 1] !== ep) {
    if (c[k + 4] === cls && c[k + 5] === ep) k += 4;
    else {
      const p = primarySlot(c, k, ep);
      if (p >= 0) return fillAttr(c, p, obj, cls, name, ep);
      const ov = overflowOf(ci);
      const o = pc * 4 * OV_ENTRIES;
      const j = overflowFind(ov, o, cls, ep);
      if (j < 0) return fillAttr(c, demote(c, k, ov, o, 4, ep, 0), obj, cls, name, ep);
      if (promoteNow()) k = promote(c, k, ov, j, 4);
      else {
        c = ov;
        k = j;
      }
    }
  }
  if (c[k + 3] === 1) return m[obj + 4 + c[k + 2]];
  const d = m[obj + 3];
  if (d !== 0) {
    if ((m[d] & 0x7ff) === L_TUPLE) {
      // attributes kept inline: d is the instance's map (immutable: no barrier), value i is in
      // the instance after its slots (c[k + 3] = 2 * nslots)
      const i = c[k + 2];
      if (i < m[d + 2] >> 1 && m[d + 3 + i] === name) return m[obj + 4 + (c[k + 3] >> 1) + i];
      return findInMap(c, k, obj, d, name);
    }
    if (STM_BUILD && (m[d + 1] > txSnapshot || (txActive && readMarks[d >> 1] === 0)) && m[d + 1] !== txLock) readBarrier(d);
    const i = c[k + 2];
    const en = m[d + D_ENTRIES];
    if (i < m[d + D_NENTRIES] >> 1 && (i * 3 + 2 + 2 < (((m[en] >>> SIZE_SHIFT) & SIZE_MASK) << 1) || (((m[en] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && i * 3 + 2 < payloadWords(en)))) {
      const p = en + 2 + i * 3;
      if (m[p + 1] === name) {
        if (STM_BUILD && ((m[en] >>> SIZE_SHIFT) & SIZE_MASK) === 0) readBarrierCard(en, i * 3 + 2); // a large vector: per card
        return m[p + 2];
      }
    }
    return findAndRemember(c, k, d, name);
  }
  return 0;
}

/** First sight of class cls at this instruction (the instance read-barriered): is the
 *  attribute an instance-dict entry (no class attribute with that name, generic attribute
 *  access) or a __slots__ member? Fills the entry at k of c and answers, or 0. The entry is tagged with
 *  the class epoch `ep` read before the lookup: a lookup whose barrier moved the snapshot (and
 *  with it the epoch, a class changed elsewhere) fills an entry that is already stale. */
function fillAttr(c: Int32Array, k: number, obj: number, cls: number, name: number, ep: number): number {
  const m = mem;
  const ti = typeInfo(cls);
  if (ti.slots.getattro !== objectGetattro) return 0;
  const desc = ti.lookup(name);
  if (desc !== 0) {
    if (!isMember(desc)) return 0;
    c[k] = cls;
    c[k + 1] = ep;
    c[k + 2] = m[desc + 2] >> 1;
    c[k + 3] = 1;
    return m[obj + 4 + c[k + 2]];
  }
  c[k] = cls;
  c[k + 1] = ep;
  c[k + 2] = 0;
  c[k + 3] = (m[cls + TY_NSLOTS] >> 1) << 1;
  const d = m[obj + 3];
  if (d === 0) return 0;
  return (m[d] & 0x7ff) === L_TUPLE ? findInMap(c, k, obj, d, name) : findAndRemember(c, k, d, name);
}

/** The value of `name` in inline instance obj with map `map` (its entry at k remembers the
 *  index), or 0. */
function findInMap(c: Int32Array, k: number, obj: number, map: number, name: number): number {
  const i = mapIndexInterned(map, name);
  if (i < 0) return 0;
  c[k + 2] = i;
  return mem[obj + 4 + (c[k + 3] >> 1) + i];
}

/** Entries of d that may be read (the dict read-barriered; bounded by the vector's capacity). */
function entryCount(d: number): number {
  const m = mem;
  if (STM_BUILD && (m[d + 1] > txSnapshot || (txActive && readMarks[d >> 1] === 0)) && m[d + 1] !== txLock) readBarrier(d);
  const n = m[d + D_NENTRIES] >> 1;
  const en = m[d + D_ENTRIES];
  const g = (m[en] >>> SIZE_SHIFT) & SIZE_MASK; // the vector's size in granules (0: large)
  return n * 3 + 2 <= (g << 1) ? n : Math.min(n, (payloadWords(en) / 3) | 0);
}

function findAndRemember(c: Int32Array, k: number, d: number, name: number): number {
  const m = mem;
  const n = entryCount(d);
  const entries = m[d + D_ENTRIES];
  for (let i = 0; i < n; i++) {
    const p = entries + 2 + i * 3;
    if (m[p + 1] === name) {
      c[k + 2] = i;
      valueRead(entries, i * 3 + 2);
      return m[p + 2];
    }
  }
  return 0;
}

/** STORE_ATTR into an existing instance-dict entry through the cache; false: generic path. */
export function cachedStoreAttr(ci: CodeInfo, pc: number, obj: number, name: number, value: number): boolean {
  const m = mem;
  if ((obj & 1) === 1 || (m[obj] & 0x7ff) !== L_INSTANCE) return false;
  let c = cacheOf(ci);
  let k = pc * 8;
  if (STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock) readBarrier(obj);
  const cls = m[obj + 2];
  const ep = currentTypeEpoch();
  if (c[k] !== cls || c[k + 1] !== ep) {
    if (c[k + 4] === cls && c[k + 5] === ep) k += 4;
    else {
      k = primarySlot(c, k, ep);
      if (k < 0) {
        // both entries taken by other classes: the overflow entries
        const ov = overflowOf(ci);
        const o = pc * 4 * OV_ENTRIES;
        const j = overflowFind(ov, o, cls, ep);
        if (j < 0) k = fillStore(c, demote(c, pc * 8, ov, o, 4, ep, 0), cls, name, ep);
        else if (promoteNow()) k = promote(c, pc * 8, ov, j, 4);
        else {
          c = ov;
          k = j;
        }
      } else k = fillStore(c, k, cls, name, ep);
      if (k < 0) return false;
    }
  }
  if (c[k + 3] === 1) {
    if (STM_BUILD ? m[obj + 1] !== txLock : (m[obj] & GC_WB) !== 0) writeBarrier(obj);
    m[obj + 4 + c[k + 2]] = value;
    return true;
  }
  const d = m[obj + 3];
  if (d === 0 || (m[d] & 0x7ff) === L_TUPLE) {
    // attributes kept inline (objects/inline_values.ts): the instance holds map word and values
    const i = c[k + 2];
    if (d !== 0 && i < m[d + 2] >> 1 && m[d + 3 + i] === name) {
      if (STM_BUILD ? m[obj + 1] !== txLock : (m[obj] & GC_WB) !== 0) writeBarrier(obj);
      m[obj + 4 + (c[k + 3] >> 1) + i] = value;
      return true;
    }
    // a new attribute appended where this site appended last time (the stores of __init__):
    // the class's next map from its transition chain, the instance's room from its header
    const n = d === 0 ? 0 : m[d + 2] >> 1;
    const w = 4 + (c[k + 3] >> 1) + n;
    if (i === n && w < (((m[obj] >>> SIZE_SHIFT) & SIZE_MASK) << 1)) {
      // the transition this entry remembers (map d -> next), else the class's chain (learnt)
      const tc = ci.tcache;
      let next = 0;
      if (tc !== null && c !== ci.acache2 && tc[k] === cls && tc[k + 1] === d && tc[k + 3] === (anyGcEpoch() | 0)) next = tc[k + 2];
      else {
        next = chainNext(cls, d, n, name);
        if (next !== 0 && c !== ci.acache2) learnTransition(ci, k, cls, d, next);
      }
      if (next !== 0) {
        if (STM_BUILD ? m[obj + 1] !== txLock : (m[obj] & GC_WB) !== 0) writeBarrier(obj);
        m[obj + 3] = next;
        m[obj + w] = value;
        return true;
      }
    }
    return storeInline(c, k, obj, cls, d, name, value);
  }
  let i = c[k + 2];
  if (STM_BUILD ? m[d + 1] !== txLock : (m[d] & GC_WB) !== 0) writeBarrier(d); // the dict guards its entries: a store locks it
  const entries = m[d + D_ENTRIES];
  const n = m[d + D_NENTRIES] >> 1;
  if (!(i < n && (i * 3 + 2 + 2 < (((m[entries] >>> SIZE_SHIFT) & SIZE_MASK) << 1) || (((m[entries] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && i * 3 + 2 < payloadWords(entries))) && m[entries + 2 + i * 3 + 1] === name)) {
    i = -1;
    const nb = Math.min(n, (payloadWords(entries) / 3) | 0);
    for (let j = 0; j < nb; j++) {
      if (m[entries + 2 + j * 3 + 1] === name) {
        i = j;
        break;
      }
    }
    if (i < 0) return storeNew(obj, cls, name, value);
    c[k + 2] = i;
  }
  if (STM_BUILD ? m[entries + 1] !== txLock || (txActive && cardMarks[(entries + 4 + i * 3) >>> CARD_SHIFT] === 0) : (m[entries] & GC_WB) !== 0) writeBarrierCard(entries, i * 3 + 2);
  m[entries + 2 + i * 3 + 2] = value;
  return true;
}

/** A remembered map transition of a store site's primary entry at k (CodeInfo.tcache, the
 *  offsets of acache): [class, map before (0: none), map after, anyGcEpoch when learnt]. Maps are
 *  immutable tuples, young when made: the collection epoch drops the entry at any collection or
 *  abort (as LOAD_METHOD's entries), the class word keeps it to the class it was learnt for (the
 *  acache entry at k, checked first, holds the class epoch: a class change refills it). */
function learnTransition(ci: CodeInfo, k: number, cls: number, before: number, after: number): void {
  let tc = ci.tcache;
  if (tc === null) tc = ci.tcache = new Int32Array(ci.words.length * 8);
  tc[k] = cls;
  tc[k + 1] = before;
  tc[k + 2] = after;
  tc[k + 3] = anyGcEpoch() | 0;
}

/** STORE_ATTR on an inline instance (dict word `map`: 0 or a map) that the entry at k did not
 *  hit: an attribute at another index (remembered), or a new one appended (the class's next
 *  map), or, when it does not fit, the instance switched to dict mode and the generic store. */
function storeInline(c: Int32Array, k: number, obj: number, cls: number, map: number, name: number, value: number): boolean {
  const m = mem;
  if (map !== 0) {
    const i = mapIndex(map, name); // (by content too: a store must never add a name twice)
    if (i >= 0) {
      c[k + 2] = i;
      writeBarrier(obj);
      m[obj + 4 + (c[k + 3] >> 1) + i] = value;
      return true;
    }
  }
  if (inlineAdd(obj, cls, map, name, value)) {
    c[k + 2] = (m[m[obj + 3] + 2] >> 1) - 1;
    return true;
  }
  if ((typeFlags(cls) & TF_HAS_DICT) === 0) return false; // __slots__ without __dict__: raises
  if (map !== 0) materialize(obj);
  return storeNew(obj, cls, name, value);
}

/** A store of an attribute the instance dict does not hold under that very key object (the
 *  stores of __init__), the class known to give no descriptor for it (a cache entry of this
 *  class epoch): what genericSetattr does past its descriptor lookup. The dict is made with room
 *  for as many entries as instances of the class had so far, up to objects/inline_values.ts's
 *  DICT_HINT_MAX (TypeInfo.dictHint: no resize in the middle of __init__). */
function storeNew(obj: number, cls: number, name: number, value: number): boolean {
  const ti = typeInfo(cls);
  let d = mem[obj + 3];
  if (d === 0) {
    if ((typeFlags(cls) & TF_HAS_DICT) === 0) return false; // __slots__ without __dict__: raises
    d = newDict(T.dict, ti.dictHint);
    writeBarrier(obj);
    mem[obj + 3] = d;
  }
  dictSetH(d, name, strHash(name), value);
  // (capped: one instance given thousands of attributes must not make every new dict big)
  raiseDictHint(ti, mem[d + D_USED] >> 1);
  return true;
}

/** First sight of class cls at a STORE_ATTR: the entry at k filled (k), or -1 when the store
 *  is not cacheable (a class attribute may be a descriptor, such as a property: only plain dict
 *  stores and __slots__ members are cached). */
function fillStore(c: Int32Array, k: number, cls: number, name: number, ep: number): number {
  const ti = typeInfo(cls);
  if (ti.slots.setattro !== objectSetattroSlot()) return -1;
  if (isSlotsInDict(cls)) return -1; // (only its slot names may be stored: objects/slots_in_dict.ts)
  const desc = ti.lookup(name);
  if (desc !== 0 && !isMember(desc)) return -1;
  c[k] = cls; // (ep: read before the lookup, as fillAttr's)
  c[k + 1] = ep;
  c[k + 2] = desc !== 0 ? mem[desc + 2] >> 1 : 0;
  c[k + 3] = desc !== 0 ? 1 : (mem[cls + TY_NSLOTS] >> 1) << 1;
  return k;
}
import { writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { objectSetattroSlot } from '../objects/object';
import { D_USED, dictSetH, newDict } from '../objects/dict_core';
import { TF_HAS_DICT, TY_NSLOTS, typeFlags } from '../objects/type_core';
import { isSlotsInDict } from '../objects/slots_in_dict';
import { chainNext, inlineAdd, mapIndex, mapIndexInterned, materialize, raiseDictHint } from '../objects/inline_values';
import { strHash } from '../objects/str_core';
import { T } from '../runtime/types';

/** Words per instruction of CodeInfo.mcache: two entries [class, class epoch, method, gc epoch,
 *  a map known not to hold the name (0: none yet)]. */
export const MC_WORDS = 10;

/** LOAD_METHOD's function through the cache (plain instances, and builtin objects whose class
 *  gives a Python function or a builtin method descriptor), or 0. */
export function cachedMethod(ci: CodeInfo, pc: number, obj: number, name: number): number {
  const m = mem;
  if ((obj & 1) === 1) return 0;
  const l = m[obj] & 0x7ff;
  let c = ci.mcache;
  if (c === null) c = ci.mcache = new Int32Array(ci.words.length * MC_WORDS);
  let k = pc * MC_WORDS;
  // builtin objects too (list.append, set.add, str.join): a layout without a class word has a
  // fixed class and no __dict__
  const hasClassWord = CLASS_WORD[l] === 1;
  let cls: number;
  if (hasClassWord) {
    if (STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock) readBarrier(obj);
    cls = m[obj + 2];
  } else cls = layoutType[l];
  const ep = currentTypeEpoch();
  const ge = anyGcEpoch() | 0; // (as stored in the Int32Array)
  if (c[k] !== cls || c[k + 1] !== ep || c[k + 3] !== ge) {
    if (c[k + 5] === cls && c[k + 6] === ep && c[k + 8] === ge) k += 5;
    else if (c[k] === 0 || c[k + 1] !== ep || c[k + 3] !== ge) return fillMethod(c, k, obj, l, cls, hasClassWord, name, ep, ge);
    else if (c[k + 5] === 0 || c[k + 6] !== ep || c[k + 8] !== ge) return fillMethod(c, k + 5, obj, l, cls, hasClassWord, name, ep, ge);
    else {
      // both entries taken by other classes: the overflow entries (5 words each, as these)
      let ov = ci.mcache2;
      if (ov === null) ov = ci.mcache2 = new Int32Array(ci.words.length * 5 * OV_ENTRIES);
      const b = pc * 5 * OV_ENTRIES;
      let hit = -1;
      for (let j = b; j < b + 5 * OV_ENTRIES; j += 5) {
        if (ov[j] === cls && ov[j + 1] === ep && ov[j + 3] === ge) {
          hit = j;
          break;
        }
      }
      if (hit < 0) return fillMethod(c, demote(c, k, ov, b, 5, ep, ge), obj, l, cls, hasClassWord, name, ep, ge);
      if (promoteNow()) k = promote(c, k, ov, hit, 5);
      else {
        c = ov;
        k = hit;
      }
    }
  }
  if (!hasClassWord) return c[k + 2];
  const d = m[obj + 3];
  // an instance attribute of the same name shadows the method; the map this entry last found
  // without the name (c[k + 4]) is known not to have it: maps are immutable, and an address
  // names one object for the GC epoch the entry is checked against
  if (d === 0 || d === c[k + 4]) return c[k + 2];
  if (!hasKey(d, name)) {
    if ((m[d] & 0x7ff) === L_TUPLE) c[k + 4] = d;
    return c[k + 2];
  }
  return 0;
}

/** First sight of class cls at a LOAD_METHOD: fills the entry at k of c when the class gives a
 *  Python function or a builtin method descriptor, and answers as a hit would, or 0. The entry
 *  is tagged with the epochs read before the lookup (fillAttr). */
function fillMethod(c: Int32Array, k: number, obj: number, l: number, cls: number, hasClassWord: boolean, name: number, ep: number, ge: number): number {
  const m = mem;
  if (hasClassWord ? l === L_TYPE || l === L_MODULE : !DICTLESS[l]) return 0;
  const ti = typeInfo(cls);
  if (ti.slots.getattro !== objectGetattro) return 0;
  const f = ti.lookup(name);
  if (f === 0 || (f & 1) === 1) return 0;
  const fl = m[f] & 0x7ff;
  if (fl !== L_FUNCTION && !(fl === L_BUILTIN && m[f + 5] === 3)) return 0;
  c[k] = cls;
  c[k + 1] = ep;
  c[k + 2] = f;
  c[k + 3] = ge;
  c[k + 4] = 0;
  if (!hasClassWord) return f;
  const d = m[obj + 3];
  return d === 0 || !hasKey(d, name) ? f : 0;
}

/** Layouts without a class word whose objects have no __dict__ (functions, for one, have). */
const DICTLESS: Uint8Array = (() => {
  const t = new Uint8Array(2048);
  for (const l of [L_STR, L_BYTES, L_TUPLE, L_INT, L_FLOAT, L_COMPLEX]) t[l] = 1;
  return t;
})();

/** Dicts of up to this many entries (the deleted ones count) are walked by hasKey. */
const HASKEY_WALK = 12;

function hasKey(d: number, name: number): boolean {
  const m = mem;
  if ((m[d] & 0x7ff) === L_TUPLE) {
    return mapIndexInterned(d, name) >= 0; // an inline instance's map: interned names, by identity
  }
  if (STM_BUILD && (m[d + 1] > txSnapshot || (txActive && readMarks[d >> 1] === 0)) && m[d + 1] !== txLock) readBarrier(d);
  // a small dict: its keys are compared in the entries vector, which the method's own attribute
  // loads on the instance keep in the CPU cache; the index table is another object, often cold
  // on a big object graph (deltablue). Bounded by the vector's capacity, as entryCount.
  const nsmall = m[d + D_NENTRIES] >> 1;
  if (nsmall <= HASKEY_WALK) {
    const en = m[d + D_ENTRIES];
    const g = (m[en] >>> SIZE_SHIFT) & SIZE_MASK;
    if (nsmall * 3 + 2 <= (g << 1)) {
      for (let i = 0; i < nsmall; i++) if (m[en + 3 + i * 3] === name) return true;
      return false;
    }
  }
  // the first probe of the index table (objects/dict_core.ts findSlot) is usually an empty slot:
  // the name is absent without walking the entries (nor sizing them)
  const ix = m[d + D_INDICES];
  if (m[ix + 2 + ((((strHash(name) << 1) >> 1)) & (payloadWords(ix) - 1))] === -1) return false;
  const n = entryCount(d);
  const entries = m[d + D_ENTRIES];
  for (let i = 0; i < n; i++) if (m[entries + 2 + i * 3 + 1] === name) return true;
  return false;
}
