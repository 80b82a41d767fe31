// CPython 3.11's string hash: SipHash-1-3 (Python/pyhash.c siphash13) keyed by the hash secret,
// over the bytes of a str's canonical form (latin-1, UCS-2 or UCS-4, little-endian) or of a bytes
// object; the result is the signed 64-bit hash (-1 becomes -2; empty input hashes to 0). The
// 64-bit lanes are pairs of uint32 halves (hi, lo) held in locals, so V8 keeps them as int32s.
// The key comes from PYTHONHASHSEED as in CPython: 0 (and, in pystm, unset) is the all-zero key,
// 1..4294967295 fills the secret with CPython's LCG (lcg_urandom), "random" with random bytes.
// A worker thread is given the main thread's key (WorkerInit.hashKey), so hashes agree across
// workers; the start-up snapshot's heap was hashed with the zero key, so any other key boots in
// full (vm/cli/snapshot.ts). vm/NOTES.md "h20-conf".

/** The siphash key k0, k1 as 32-bit halves (little-endian words of the secret's first 16 bytes). */
let k0l = 0, k0h = 0, k1l = 0, k1h = 0;
/** Whether the secret is random or from a non-zero seed (sys.flags.hash_randomization). */
let randomized = false;
let chosen = false;

/** The high 32 bits of the last sipHash13 result (its low 32 bits are the return value). */
let resultHi = 0;
export function sipHashHi(): number { return resultHi; }

export class HashSeedError extends Error {}

/** Chooses the key from PYTHONHASHSEED once (CPython's config_init_hash_seed and
 *  _Py_HashRandomization_Init); throws HashSeedError for a value CPython refuses. */
export function chooseHashKey(env: string | undefined = process.env.PYTHONHASHSEED): void {
  if (chosen) return;
  chosen = true;
  const bytes = new Uint8Array(24);
  if (env === 'random') {
    // (required here, not at load: loading node:crypto costs a start without the snapshot ~8 M
    // instructions)
    (require('node:crypto') as typeof import('node:crypto')).randomFillSync(bytes);
    randomized = true;
  } else if (env !== undefined && env !== '') {
    // strtoul(text, &end, 10): leading blanks and a sign are allowed, the rest must be digits
    const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(env);
    let seed = m === null ? -1 : Number(BigInt(m[2]) > 4294967295n ? -1 : m[2]);
    if (m !== null && m[1] === '-' && seed > 0) seed = -1; // strtoul negates into ULONG_MAX range
    if (seed < 0) throw new HashSeedError('PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]');
    if (seed !== 0) {
      let x = seed >>> 0;
      for (let i = 0; i < 24; i++) {
        x = (Math.imul(x, 214013) + 2531011) >>> 0;
        bytes[i] = (x >>> 16) & 0xff;
      }
      randomized = true;
    }
  }
  const w = new DataView(bytes.buffer);
  setKey(w.getInt32(0, true), w.getInt32(4, true), w.getInt32(8, true), w.getInt32(12, true));
}

function setKey(a: number, b: number, c: number, d: number): void {
  k0l = a | 0;
  k0h = b | 0;
  k1l = c | 0;
  k1h = d | 0;
}

/** The key, for a worker thread (WorkerInit.hashKey). */
export function hashKeyWords(): number[] {
  chooseHashKey();
  return [k0l, k0h, k1l, k1h, randomized ? 1 : 0];
}
/** A worker thread takes the main thread's key. */
export function setHashKeyWords(words: readonly number[]): void {
  setKey(words[0], words[1], words[2], words[3]);
  randomized = words[4] === 1;
  chosen = true;
}
/** Back to no key chosen (the start-up snapshot's build: the run chooses its own). */
export function forgetHashKey(): void {
  setKey(0, 0, 0, 0);
  randomized = false;
  chosen = false;
}
export function hashKeyIsZero(): boolean {
  chooseHashKey();
  return (k0l | k0h | k1l | k1h) === 0;
}
export function hashRandomized(): boolean {
  chooseHashKey();
  return randomized;
}

/**
 * siphash13 of the n bytes src[off], src[off + step], src[off + 2*step]... (step 2 reads the
 * low bytes of little-endian UTF-16 units: latin-1 text kept as UTF-16). Returns the low 32 bits
 * of the signed 64-bit hash as an int32 (sipHashHi() gives the high half); n = 0 hashes to 0, a
 * hash of -1 becomes -2, as _Py_HashBytes. (One Uint8Array type at every call: V8 keeps the
 * loads monomorphic.)
 */
export function sipHash13(src: Uint8Array, off: number, n: number, step = 1): number {
  if (n === 0) {
    resultHi = 0;
    return 0;
  }
  if (!chosen) chooseHashKey();
  let v0l = k0l ^ 0x70736575, v0h = k0h ^ 0x736f6d65;
  let v1l = k1l ^ 0x6e646f6d, v1h = k1h ^ 0x646f7261;
  let v2l = k0l ^ 0x6e657261, v2h = k0h ^ 0x6c796765;
  let v3l = k1l ^ 0x79746573, v3h = k1h ^ 0x74656462;
  let ml = 0, mh = 0, t = 0, lo = 0;
  // the 8-byte blocks, then the last (the 0-7 bytes left and the length), each through one
  // SipRound; then v2 ^= 0xff and the three finalization rounds. (Written as two loops, the round
  // twice: one loop over blocks and finals took ~9% more instructions for a short str.)
  // SINGLE_ROUND = HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
  // HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = rotl(b,s) ^ a; d = rotl(d,t) ^ c; a = rotl(a,32)
  // (64-bit adds on halves: the carry of the low words is the top bit of (a & b) | ((a | b) & ~sum))
  const full = n & ~7;
  const bstep = step << 3;
  const end = off + full * step;
  let p = off;
  for (let last = false; ; ) {
    if (p < end) {
      if (step === 1) {
        ml = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
        mh = src[p + 4] | (src[p + 5] << 8) | (src[p + 6] << 16) | (src[p + 7] << 24);
      } else {
        ml = src[p] | (src[p + 2] << 8) | (src[p + 4] << 16) | (src[p + 6] << 24);
        mh = src[p + 8] | (src[p + 10] << 8) | (src[p + 12] << 16) | (src[p + 14] << 24);
      }
      p += bstep;
    } else {
      // the last block: the remaining 0-7 bytes, the length's low byte in the top byte
      ml = 0;
      mh = (n & 0xff) << 24;
      const rest = n & 7;
      let j = 0;
      for (; j < rest && j < 4; j++) ml |= src[p + j * step] << (j << 3);
      for (; j < rest; j++) mh |= src[p + j * step] << ((j - 4) << 3);
      last = true;
    }
    v3l ^= ml; v3h ^= mh;
    lo = (v0l + v1l) | 0; v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~lo)) >>> 31)) | 0; v0l = lo;
    lo = (v2l + v3l) | 0; v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~lo)) >>> 31)) | 0; v2l = lo;
    t = (v1l << 13) | (v1h >>> 19); v1h = ((v1h << 13) | (v1l >>> 19)) ^ v0h; v1l = t ^ v0l;
    t = (v3l << 16) | (v3h >>> 16); v3h = ((v3h << 16) | (v3l >>> 16)) ^ v2h; v3l = t ^ v2l;
    t = v0l; v0l = v0h; v0h = t;
    lo = (v2l + v1l) | 0; v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~lo)) >>> 31)) | 0; v2l = lo;
    lo = (v0l + v3l) | 0; v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~lo)) >>> 31)) | 0; v0l = lo;
    t = (v1l << 17) | (v1h >>> 15); v1h = ((v1h << 17) | (v1l >>> 15)) ^ v2h; v1l = t ^ v2l;
    t = (v3l << 21) | (v3h >>> 11); v3h = ((v3h << 21) | (v3l >>> 11)) ^ v0h; v3l = t ^ v0l;
    t = v2l; v2l = v2h; v2h = t;
    v0l ^= ml; v0h ^= mh;
    if (last) break;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    lo = (v0l + v1l) | 0; v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~lo)) >>> 31)) | 0; v0l = lo;
    lo = (v2l + v3l) | 0; v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~lo)) >>> 31)) | 0; v2l = lo;
    t = (v1l << 13) | (v1h >>> 19); v1h = ((v1h << 13) | (v1l >>> 19)) ^ v0h; v1l = t ^ v0l;
    t = (v3l << 16) | (v3h >>> 16); v3h = ((v3h << 16) | (v3l >>> 16)) ^ v2h; v3l = t ^ v2l;
    t = v0l; v0l = v0h; v0h = t;
    lo = (v2l + v1l) | 0; v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~lo)) >>> 31)) | 0; v2l = lo;
    lo = (v0l + v3l) | 0; v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~lo)) >>> 31)) | 0; v0l = lo;
    t = (v1l << 17) | (v1h >>> 15); v1h = ((v1h << 17) | (v1l >>> 15)) ^ v2h; v1l = t ^ v2l;
    t = (v3l << 21) | (v3h >>> 11); v3h = ((v3h << 21) | (v3l >>> 11)) ^ v0h; v3l = t ^ v0l;
    t = v2l; v2l = v2h; v2h = t;
  }
  let hl = (v0l ^ v1l ^ v2l ^ v3l) | 0;
  let hh = (v0h ^ v1h ^ v2h ^ v3h) | 0;
  if (hl === -1 && hh === -1) hl = -2;
  resultHi = hh;
  return hl;
}

/** The signed 64-bit hash from the last sipHash13's halves. */
export function sipHashBig(lo: number): bigint {
  return BigInt.asIntN(64, (BigInt(resultHi >>> 0) << 32n) | BigInt(lo >>> 0));
}

/** The 32-bit hash dicts and sets use for a 64-bit hash whose low half is lo: lo itself (so
 *  tables probe as CPython's do), except -1, which marks "not computed yet" in str and bytes. */
export function tableHash(lo: number): number { return lo === -1 ? -2 : lo; }
