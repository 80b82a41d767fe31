// int, the representation. Values in 31 bits are tagged words (stmgc/layout.ts); bigger ones
// are L_INT objects in one of two forms:
//   medium (|v| < 2^53):  payload [0, pad, value as an exact f64]   (count 0 marks the form)
//   big:                  payload [signed limb count, limbs...], 32-bit limbs, least
//                         significant first, magnitude only (the sign is the count's)
// Medium ints keep arithmetic on JS numbers (no BigInt) for the common "a bit over 2^30" case.
// Every int is normalised: a value that fits a tagged word is never boxed, a value below 2^53 is
// never big. bool is a subclass of int: True/False are L_BOOL objects, and every int operation
// accepts them (toBigInt/intValue). Arithmetic lives in int.ts.
import { f64, mem } from '../../stmgc/heap';
import { GC_OLD, SMALL_INT_MAX, SMALL_INT_MIN } from '../../stmgc/layout';
import { alloc, allocOld, anyGcEpoch, gcEpoch } from '../runtime/alloc';
import { L_BOOL, L_BOXED, L_INT } from '../runtime/layouts';

export const I_COUNT = 2;
export const I_LIMBS = 3;

const TWO32 = 0x100000000n;

export function isSmall(v: number): boolean { return (v & 1) === 1; }

/** A tagged or boxed int for a JS integer (any safe integer). */
export function intFromNumber(n: number): number {
  if (n >= SMALL_INT_MIN && n <= SMALL_INT_MAX) return (n << 1) | 1;
  if (n >= -MAX_SAFE && n <= MAX_SAFE) return boxMedium(n, false);
  return boxBig(BigInt(n), false);
}

const MAX_SAFE = 9007199254740991;
const MAX_SAFE_N = 9007199254740991n;

export function intFromBigInt(n: bigint, old = false): number {
  if (n >= -0x40000000n && n <= 0x3fffffffn) return (Number(n) << 1) | 1;
  if (n >= -MAX_SAFE_N && n <= MAX_SAFE_N) return boxMedium(Number(n), old);
  return boxBig(n, old);
}

/** The int of a signed 64-bit value given as int32 halves (hi, lo), without a BigInt: a hash()
 *  result (siphash.ts, tuple_hash.ts). Normalised as every int: tagged, medium below 2^53, else
 *  big with two limbs. */
export function intFromHalves(hi: number, lo: number): number {
  if (hi === (lo >> 31)) return intFromNumber(lo | 0); // fits an int32
  if (hi >= -0x200000 && hi < 0x200000) {
    const n = hi * 4294967296 + (lo >>> 0);
    if (n >= -MAX_SAFE) return boxMedium(n, false);
  }
  // |v| >= 2^53: the magnitude's two 32-bit limbs (two's complement negated for a negative v)
  let ml = lo | 0, mh = hi | 0;
  const neg = hi < 0;
  if (neg) {
    ml = (~lo + 1) | 0;
    mh = (~hi + (ml === 0 ? 1 : 0)) | 0;
  }
  const r = alloc(L_INT, 3, 0);
  mem[r + I_COUNT] = neg ? -2 : 2;
  mem[r + I_LIMBS] = ml;
  mem[r + I_LIMBS + 1] = mh;
  return r;
}

function boxMedium(n: number, old: boolean): number {
  const r = old ? allocOld(L_INT, 4, 0) : alloc(L_INT, 4, 0);
  mem[r + I_COUNT] = 0;
  f64[(r + 4) >> 1] = n;
  return r;
}

/** The value of a medium-form L_INT (|v| < 2^53), or NaN for a big one. */
export function mediumValue(r: number): number {
  return mem[r + I_COUNT] === 0 ? f64[(r + 4) >> 1] : NaN;
}

/** The value of a tagged or medium int as a JS number; NaN for anything else (big, bool, ...). */
export function smallOrMedium(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  if ((mem[v] & 0x7ff) === L_INT && mem[v + I_COUNT] === 0) return f64[(v + 4) >> 1];
  return NaN;
}

function boxBig(n: bigint, old: boolean): number {
  // through a hex string decoded natively (Buffer), word order reversed natively: linear, and
  // no per-digit JS (shifting 32 or 64 bits at a time is quadratic; parsing the digits in JS
  // costs 4x the toString)
  const neg = n < 0n;
  let hex = (neg ? -n : n).toString(16);
  const count = (hex.length + 7) >> 3;
  if (hex.length !== count * 8) hex = hex.padStart(count * 8, '0');
  if (limbWords.length < count) growLimbScratch(count);
  limbBytes.write(hex, 0, count * 4, 'hex');
  const words = limbWords.subarray(0, count);
  limbBytes.subarray(0, count * 4).swap32();
  words.reverse();
  const r = old ? allocOld(L_INT, 1 + count, 0) : alloc(L_INT, 1 + count, 0);
  mem[r + I_COUNT] = neg ? -count : count;
  mem.set(words, r + I_LIMBS);
  cacheBig(r, n);
  return r;
}

/** Scratch space for limb conversions: one buffer seen as bytes, as words, and by a DataView. */
let limbBytes = Buffer.from(new ArrayBuffer(4096));
let limbWords = new Int32Array(limbBytes.buffer, 0, 1024);
let limbView = new DataView(limbBytes.buffer);
function growLimbScratch(words: number): void {
  const ab = new ArrayBuffer(words * 8);
  limbBytes = Buffer.from(ab);
  limbWords = new Int32Array(ab);
  limbView = new DataView(ab);
}

// ── a per-worker cache of the bigint values of recent big ints ──
// Ints are immutable and an address names one object until the next collection (young objects
// move, old cells are reused only after a sweep), so (address -> value) is valid for one GC epoch.
// Arithmetic on big ints mostly consumes results it just produced: this saves the limbs -> bigint
// conversion (the dominant cost of pidigits-like code) in most operations.
// Old objects (big results often go straight to old space as large objects) stay valid until
// the next major collection, young ones until the next collection of any kind.
const BC_SIZE = 512;
const bcRefs = new Int32Array(BC_SIZE);
const bcEpochs = new Float64Array(BC_SIZE);
const bcVals: bigint[] = new Array<bigint>(BC_SIZE).fill(0n);

function bcSlot(r: number): number {
  // large objects are page-aligned: mix in the page number
  return ((r >>> 1) ^ (r >>> 10)) & (BC_SIZE - 1);
}

function bcEpochOf(r: number): number {
  return (mem[r] & GC_OLD) !== 0 ? gcEpoch() : anyGcEpoch() + 0.5;
}

function cacheBig(r: number, v: bigint): void {
  const i = bcSlot(r);
  bcRefs[i] = r;
  bcEpochs[i] = bcEpochOf(r);
  bcVals[i] = v;
}

/** The value of a big int object. */
export function bigValue(r: number): bigint {
  const c = mem[r + I_COUNT];
  if (c === 0) return BigInt(f64[(r + 4) >> 1]);
  const i = bcSlot(r);
  if (bcRefs[i] === r && bcEpochs[i] === bcEpochOf(r)) return bcVals[i];
  const n = c < 0 ? -c : c;
  // limbs -> big-endian bytes -> hex (natively) -> one BigInt parse: linear
  if (limbWords.length < n) growLimbScratch(n);
  const base = r + I_LIMBS;
  for (let k = 0; k < n; k++) limbView.setUint32((n - 1 - k) * 4, mem[base + k]);
  const mag = BigInt('0x' + limbBytes.toString('hex', 0, n * 4));
  const v = c < 0 ? -mag : mag;
  cacheBig(r, v);
  return v;
}

/** The value of an int (tagged, L_INT or bool) as a bigint; the caller checked it is one. */
export function toBigInt(v: number): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const l = mem[v] & 0x7ff;
  if (l === L_BOOL) return BigInt(mem[v + 2] >> 1);
  if (l === L_BOXED) return toBigInt(mem[v + 4]); // an int subclass instance (boxed.ts BX_VALUE)
  return bigValue(v);
}

/** The value as a JS number when it is an exact safe integer, else NaN. */
export function toSafeNumber(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  if ((mem[v] & 0x7ff) === L_INT && mem[v + I_COUNT] === 0) return f64[(v + 4) >> 1];
  const b = toBigInt(v);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : NaN;
}

export function bigSign(r: number): number {
  const c = mem[r + I_COUNT];
  return c === 0 ? Math.sign(f64[(r + 4) >> 1]) : Math.sign(c);
}

/** Approximate bit length of a big int (for overflow checks before converting to float). */
export function bigBitLength(r: number): number {
  if (mem[r + I_COUNT] === 0) return Math.abs(f64[(r + 4) >> 1]).toString(2).length;
  const c = Math.abs(mem[r + I_COUNT]);
  return c === 0 ? 0 : (c - 1) * 32 + (32 - Math.clz32(mem[r + I_LIMBS + c - 1]));
}

export { TWO32 };
