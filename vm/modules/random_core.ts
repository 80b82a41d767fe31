// The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998) with exactly the observable
// behaviour of CPython's `_random.Random`: init_genrand/init_by_array seeding, int seeds split
// into 32-bit words (least significant first, |n|, 0 -> [0]), random() as a 53-bit float from two
// outputs, getrandbits(k) as little-endian 32-bit words, getstate()/setstate() as 624 words plus
// the index. Pure TypeScript, no VM objects: the `_random` built-in module wraps this class.
// Invariants: `mt` always holds 624 uint32 words then the index; 0 <= index <= 624 (624 = regenerate
// next). The VM gives the class a view of a heap object's words as its state (every worker then
// sees, and transactions undo, the same generator); standalone, it owns a fresh array.
// str/bytes seeds (random.seed version 2) are int.from_bytes(b + sha512(b), 'big'): lib/random.py
// does that conversion itself when `_sha512`/hashlib exist, else passes bytes to `_random.seed`,
// which then calls seedFromBytes — both give the same sequence.
// node:crypto is required lazily (str seeds, seeding from the OS): loading it costs start-up time
const createHash = (algorithm: string) => (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
const randomFillSync = <T extends NodeJS.ArrayBufferView>(buffer: T): T => (require('node:crypto') as typeof import('node:crypto')).randomFillSync(buffer);

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Thrown by setstate for a malformed state; the VM maps it to ValueError with this message. */
export class RandomStateError extends Error {}

/** CPython's seed words for an int: |n| in 32-bit words, least significant first; 0 -> [0]. */
export function bigIntToKey(n: bigint): Uint32Array {
  if (n < 0n) n = -n;
  if (n === 0n) return new Uint32Array(1);
  const hex = n.toString(16);
  const words = Math.ceil(hex.length / 8);
  const key = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    const end = hex.length - 8 * i;
    key[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  return key;
}

/** int.from_bytes(b + sha512(b).digest(), 'big'): random.seed(str_or_bytes, version=2). */
export function bytesSeedToBigInt(b: Uint8Array): bigint {
  const digest = createHash('sha512').update(b).digest();
  return BigInt('0x' + Buffer.from(b).toString('hex') + digest.toString('hex'));
}

/** Words of state: 624 generator words then the index. */
export const MT_STATE_WORDS = N + 1;

export class MersenneTwister {
  private readonly mt: Uint32Array;
  private get index(): number { return this.mt[N]; }
  private set index(i: number) { this.mt[N] = i; }

  /** With `state` (MT_STATE_WORDS words, e.g. a view of heap memory): works in place, unseeded. */
  constructor(seed?: bigint, state?: Uint32Array) {
    this.mt = state ?? new Uint32Array(N + 1);
    if (state !== undefined) return;
    this.index = N;
    if (seed === undefined) this.seedFromEntropy();
    else this.seedFromBigInt(seed);
  }

  /** init_genrand: the linear-congruential fill of the state from one 32-bit word. */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: CPython's seeding from a key of 32-bit words (any length >= 1). */
  seed(key: Uint32Array): void {
    const mt = this.mt;
    const len = key.length === 0 ? 1 : key.length;
    const at = (j: number): number => (key.length === 0 ? 0 : key[j]);
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > len ? N : len; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + at(j) + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    this.index = N;
  }

  /** seed(n) for a Python int n (sign ignored, as CPython's abs(n)). */
  seedFromBigInt(n: bigint): void {
    this.seed(bigIntToKey(n));
  }

  /** seed(x) for a non-int hashable x: CPython seeds from (size_t)hash(x). */
  seedFromHash(hash: bigint): void {
    this.seed(bigIntToKey(BigInt.asUintN(64, hash)));
  }

  /** random.seed(b) for bytes (or str encoded as UTF-8), version 2. */
  seedFromBytes(b: Uint8Array): void {
    this.seedFromBigInt(bytesSeedToBigInt(b));
  }

  /** seed(None): 624 words of OS entropy through init_by_array, as CPython does. */
  seedFromEntropy(): void {
    this.seed(randomFillSync(new Uint32Array(N)));
  }

  /** Regenerate all 624 words (the "twist"). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    this.index = 0;
  }

  /** genrand_uint32: the next tempered 32-bit output, as an unsigned number. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits: (a*2**26 + b) / 2**53. */
  random(): number {
    const mt = this.mt;
    if (this.index >= N - 1) return this.randomSlow();
    const i = this.index;
    this.index = i + 2;
    let a = mt[i];
    a ^= a >>> 11;
    a ^= (a << 7) & 0x9d2c5680;
    a ^= (a << 15) & 0xefc60000;
    a ^= a >>> 18;
    let b = mt[i + 1];
    b ^= b >>> 11;
    b ^= (b << 7) & 0x9d2c5680;
    b ^= (b << 15) & 0xefc60000;
    b ^= b >>> 18;
    return ((a >>> 5) * 67108864 + (b >>> 6)) * (1 / 9007199254740992);
  }

  /** random() when a twist falls between (or before) its two outputs. */
  private randomSlow(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k) for k >= 0 (the caller raises ValueError for k < 0). */
  getrandbits(k: number): bigint {
    if (k <= 0) return 0n;
    if (k <= 32) return BigInt(this.nextUint32() >>> (32 - k));
    const words = ((k - 1) >>> 5) + 1;
    const parts = new Array<string>(words);
    let rest = k;
    for (let i = 0; i < words; i++, rest -= 32) {
      let r = this.nextUint32();
      if (rest < 32) r >>>= 32 - rest;
      parts[words - 1 - i] = r.toString(16).padStart(8, '0'); // most significant word first
    }
    return BigInt('0x' + parts.join(''));
  }

  /** getrandbits(k) for 0 <= k <= 32 without a BigInt (the VM's small-int fast path). */
  getrandbitsSmall(k: number): number {
    if (k <= 0) return 0;
    return this.nextUint32() >>> (32 - k);
  }

  /** The 624 state words followed by the index (CPython's getstate() tuple, 625 ints). */
  getstate(): number[] {
    return Array.from(this.mt);
  }

  /** Restore a getstate() result; words are taken modulo 2**32 as CPython's C code does. */
  setstate(state: ArrayLike<number | bigint>): void {
    if (state.length !== N + 1) throw new RandomStateError('state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const v = state[i];
      words[i] = typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : v >>> 0;
    }
    const last = state[N];
    const index = typeof last === 'bigint' ? last : BigInt(Math.trunc(last));
    if (index < 0n || index > BigInt(N)) throw new RandomStateError('invalid state');
    this.mt.set(words);
    this.index = Number(index);
  }
}
