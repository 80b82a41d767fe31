// Test helper for the vm/text unit tests: runs a batch of cases through CPython in one python3
// process (spec/tools/text_oracle.py) and decodes the answers, plus generators of interesting
// doubles. Floats cross the process boundary as 16 hex digit IEEE bit patterns, never as
// decimal text, so every bit survives.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './run';

export type OracleValue = { f: string } | { i: string } | { c: [string, string] } | string | number | null | boolean | OracleValue[];
export type OracleResult = { ok: OracleValue } | { err: [string, string] };

export function runOracle(cases: OracleValue[][]): OracleResult[] {
  const r = spawnSync('python3', [path.join(ROOT, 'spec/tools/text_oracle.py')], {
    input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`text_oracle.py failed: ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  if (lines.length !== cases.length) throw new Error(`oracle answered ${lines.length} of ${cases.length}`);
  return lines.map((l) => JSON.parse(l) as OracleResult);
}

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);

/** The 16 hex digit big-endian IEEE pattern of x (as Python's struct.pack('>d').hex()). */
export function floatBits(x: number): string {
  f64[0] = x;
  let s = '';
  for (let i = 7; i >= 0; i--) s += u8[i].toString(16).padStart(2, '0');
  return s;
}

export function bitsFloat(h: string): number {
  for (let i = 0; i < 8; i++) u8[7 - i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return f64[0];
}

export function fv(x: number): { f: string } {
  return { f: floatBits(x) };
}

/** Deterministic PRNG (mulberry32) so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A mix of doubles that exercises formatting: random bit patterns, decimal-looking values, ties, edges. */
export function interestingDoubles(count: number, seed: number): number[] {
  const rand = rng(seed);
  const out: number[] = [
    0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 0.3, 1e16, 1e15, 9999999999999998, 1e17, 2e16 + 8, 1e-5, 1e-4, 0.0001, 0.00001234,
    123456789012345680, 1e22, 1e23, 9.999999999999999e22, 5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, Infinity, -Infinity, NaN, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
    1234.5, 1e100, 1e-100, 123.456, 100, 1e21, 1e-7, 3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3,
    4.35, 0.045, 1.005, 2675e-3, 0.285, 1.115, 1e300 * 10, 4503599627370496.5, 9007199254740993,
  ];
  for (let k = -325; k <= 309; k++) {
    const p = Number(`1e${k}`);
    out.push(p, p * (1 + Number.EPSILON), p * (1 - Number.EPSILON / 2));
  }
  while (out.length < count) {
    const kind = Math.floor(rand() * 6);
    let x: number;
    if (kind === 0) {
      // uniform random bit pattern
      const hi = Math.floor(rand() * 4294967296);
      const lo = Math.floor(rand() * 4294967296);
      const b = new DataView(new ArrayBuffer(8));
      b.setUint32(0, hi);
      b.setUint32(4, lo);
      x = b.getFloat64(0);
      if (x !== x) x = rand();
    } else if (kind === 1) {
      // short decimal literal
      const digits = Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 8)));
      x = Number(`${digits}e${Math.floor(rand() * 40) - 20}`);
    } else if (kind === 2) {
      // halves/quarters/eighths: exact ties for rounding
      x = Math.floor(rand() * 2000 - 1000) / 2 ** Math.floor(rand() * 6);
    } else if (kind === 3) {
      // subnormal
      x = Math.floor(rand() * 2 ** 52) * 5e-324;
    } else if (kind === 4) {
      x = (rand() - 0.5) * 10 ** Math.floor(rand() * 30 - 10);
    } else {
      x = Math.floor(rand() * 1e6) / 1000;
    }
    out.push(rand() < 0.2 ? -x : x);
  }
  return out;
}
