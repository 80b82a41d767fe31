// vm/modules/random_core.ts against CPython's `_random.Random`: for several int seeds the first
// 2000 random() values (compared exactly: JSON floats are shortest round-trip reprs, which parse
// back to the same double) and getrandbits(k) for small and large k; getstate() word for word;
// setstate round trips and errors; str/bytes seeds as random.seed(x) (version 2, sha512) and
// float seeds through their hash. Expected values come from ONE python3 run; skipped without 3.11.
import { describe, expect, it } from 'vitest';
import { MersenneTwister, RandomStateError, bigIntToKey } from '../../vm/modules/random_core';
import { hasPython311, runPython } from '../helpers/run';

const SEEDS: Array<[string, bigint]> = [
  ['0', 0n], ['1', 1n], ['42', 42n], ['2**32', 2n ** 32n], ['2**100+7', 2n ** 100n + 7n], ['-5', -5n],
  ['3**630+1', 3n ** 630n + 1n], // about 1000 bits
];
const BITS = [1, 7, 31, 32, 33, 64, 100, 1000];
const STRING_SEEDS = ['hello', '', 'üñíçødé ✓', 'x'.repeat(1000)];

interface Expected {
  seeds: Record<string, { random: number[]; bits: string[][]; state: number[] }>;
  strings: number[][];
  bytes: number[][];
  floats: Record<string, { hash: string; random: number[] }>;
}

const ORACLE = `
import _random, json, random, sys
seeds = {}
for name in ${JSON.stringify(SEEDS.map(s => s[0]))}:
    r = _random.Random(eval(name))
    rnd = [r.random() for _ in range(2000)]
    bits = [[str(r.getrandbits(k)) for _ in range(3)] for k in ${JSON.stringify(BITS)}]
    seeds[name] = {'random': rnd, 'bits': bits, 'state': list(r.getstate())}
strings = []
for s in json.loads(sys.argv[1]):
    random.seed(s)
    strings.append([random.random() for _ in range(5)])
byte_seeds = []
for s in [b'', b'\\x00\\xff', bytes(range(256))]:
    random.seed(s)
    byte_seeds.append([random.random() for _ in range(5)])
floats = {}
for f in ['1.5', '-2.25', '1e300', '0.1']:
    random.seed(float(f))
    floats[f] = {'hash': str(hash(float(f))), 'random': [random.random() for _ in range(5)]}
print(json.dumps({'seeds': seeds, 'strings': strings, 'bytes': byte_seeds, 'floats': floats}))
`;

const havePython = hasPython311();
if (!havePython) console.warn('random_core.test: python3 3.11 not found; CPython comparisons skipped');

function loadExpected(): Expected {
  const r = runPython(['-c', ORACLE, JSON.stringify(STRING_SEEDS)]);
  if (r.status !== 0) throw new Error('python3 oracle failed: ' + r.stderr);
  return JSON.parse(r.stdout) as Expected;
}

describe.skipIf(!havePython)('MersenneTwister vs CPython _random.Random', () => {
  const expected = havePython ? loadExpected() : null;

  for (const [name, seed] of SEEDS) {
    it(`seed ${name}: 2000 random(), getrandbits, getstate`, () => {
      const want = expected!.seeds[name];
      const mt = new MersenneTwister(seed);
      const got: number[] = [];
      for (let i = 0; i < 2000; i++) got.push(mt.random());
      for (let i = 0; i < 2000; i++) {
        if (got[i] !== want.random[i]) expect([i, got[i]]).toEqual([i, want.random[i]]);
      }
      const bits = BITS.map(k => [0, 1, 2].map(() => mt.getrandbits(k).toString()));
      expect(bits).toEqual(want.bits);
      expect(mt.getstate()).toEqual(want.state);
    });
  }

  it('str seeds follow random.seed(str) version 2 (sha512)', () => {
    STRING_SEEDS.forEach((s, i) => {
      const mt = new MersenneTwister(0n);
      mt.seedFromBytes(new TextEncoder().encode(s));
      expect([0, 1, 2, 3, 4].map(() => mt.random())).toEqual(expected!.strings[i]);
    });
  });

  it('bytes seeds follow random.seed(bytes)', () => {
    const inputs = [new Uint8Array(0), Uint8Array.of(0, 255), Uint8Array.from({ length: 256 }, (_, i) => i)];
    inputs.forEach((b, i) => {
      const mt = new MersenneTwister(0n);
      mt.seedFromBytes(b);
      expect([0, 1, 2, 3, 4].map(() => mt.random())).toEqual(expected!.bytes[i]);
    });
  });

  it('float seeds go through their hash as an unsigned 64-bit word', () => {
    for (const [, want] of Object.entries(expected!.floats)) {
      const mt = new MersenneTwister(0n);
      mt.seedFromHash(BigInt(want.hash));
      expect([0, 1, 2, 3, 4].map(() => mt.random())).toEqual(want.random);
    }
  });
});

describe('MersenneTwister state and keys', () => {
  it('splits int seeds into 32-bit words, least significant first', () => {
    expect(Array.from(bigIntToKey(0n))).toEqual([0]);
    expect(Array.from(bigIntToKey(-5n))).toEqual([5]);
    expect(Array.from(bigIntToKey(2n ** 32n - 1n))).toEqual([0xffffffff]);
    expect(Array.from(bigIntToKey(2n ** 32n))).toEqual([0, 1]);
    expect(Array.from(bigIntToKey(0x123456789abcdef0fedcba98n))).toEqual([0xfedcba98, 0x9abcdef0, 0x12345678]);
  });

  it('getstate/setstate round trip, including mid-block and block-end indexes', () => {
    const a = new MersenneTwister(2024n);
    for (const draws of [0, 1, 623, 624, 1000]) {
      for (let i = 0; i < draws; i++) a.nextUint32();
      const state = a.getstate();
      expect(state).toHaveLength(625);
      const next = [a.random(), a.random(), a.getrandbits(77)];
      const b = new MersenneTwister(1n);
      b.setstate(state);
      expect([b.random(), b.random(), b.getrandbits(77)]).toEqual(next);
      const c = new MersenneTwister(1n);
      c.setstate(state.map((v, i) => (i < 624 ? BigInt(v) + (1n << 32n) : BigInt(v)))); // words modulo 2**32
      expect(c.getstate()).toEqual(state);
    }
  });

  it('random() is the same across a twist boundary at every index parity', () => {
    const a = new MersenneTwister(9n);
    const b = new MersenneTwister(9n);
    a.nextUint32();
    b.nextUint32();
    for (let i = 0; i < 1500; i++) {
      const x = b.nextUint32() >>> 5;
      const y = b.nextUint32() >>> 6;
      expect(a.random()).toBe((x * 67108864 + y) / 2 ** 53);
    }
  });

  it('getrandbits edge cases', () => {
    const a = new MersenneTwister(3n);
    const b = new MersenneTwister(3n);
    expect(a.getrandbits(0)).toBe(0n); // consumes nothing
    expect(a.getrandbits(32)).toBe(BigInt(b.nextUint32()));
    expect(a.getrandbitsSmall(5)).toBe(b.nextUint32() >>> 27);
    const lo = b.nextUint32();
    const hi = b.nextUint32() >>> 31;
    expect(a.getrandbits(33)).toBe((BigInt(hi) << 32n) | BigInt(lo));
  });

  it('rejects malformed states', () => {
    const a = new MersenneTwister(1n);
    expect(() => a.setstate([1, 2])).toThrow(new RandomStateError('state vector is the wrong size'));
    const bad = a.getstate();
    bad[624] = 625;
    expect(() => a.setstate(bad)).toThrow(new RandomStateError('invalid state'));
    bad[624] = -1;
    expect(() => a.setstate(bad)).toThrow(RandomStateError);
  });

  it('entropy seeds differ', () => {
    const a = new MersenneTwister();
    const b = new MersenneTwister();
    expect(a.getrandbits(128)).not.toBe(b.getrandbits(128));
  });

  // (no speed assertion: tests are never timed on these shared machines)
  it('random() over 5 million draws has mean 1/2', () => {
    const mt = new MersenneTwister(5n);
    let sum = 0;
    for (let i = 0; i < 5_000_000; i++) sum += mt.random();
    expect(sum / 5_000_000).toBeCloseTo(0.5, 2);
  });
});
