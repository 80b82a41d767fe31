// vm/text float repr/str and complex repr against CPython 3.11: thousands of doubles (random bit
// patterns, subnormals, powers of ten and their neighbours, ties) sent as exact bit patterns.
import { describe, expect, it } from 'vitest';
import { floatRepr, floatStr } from '../../vm/text/float_repr';
import { complexRepr } from '../../vm/text/complex_repr';
import { hasPython311 } from '../helpers/run';
import { fv, interestingDoubles, runOracle, type OracleValue } from '../helpers/text_oracle';

describe('floatRepr (no python needed)', () => {
  it('basic shapes', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e15)).toBe('1000000000000000.0');
    expect(floatRepr(1.5e-5)).toBe('1.5e-05');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(100)).toBe('100.0');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(floatStr(2e16 + 8)).toBe('2.000000000000001e+16');
    expect(complexRepr(0, 1)).toBe('1j');
    expect(complexRepr(-0, -1)).toBe('(-0-1j)');
    expect(complexRepr(1, NaN)).toBe('(1+nanj)');
  });
});

describe.skipIf(!hasPython311())('floatRepr against python3', () => {
  it('repr of many doubles', () => {
    const xs = interestingDoubles(6000, 1);
    const res = runOracle(xs.map((x): OracleValue[] => ['repr', fv(x)]));
    const bad: string[] = [];
    xs.forEach((x, i) => {
      const r = res[i];
      const want = 'ok' in r ? r.ok : r.err;
      const got = floatRepr(x);
      if (got !== want) bad.push(`${fv(x).f}: got ${got} want ${JSON.stringify(want)}`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('complex repr', () => {
    const xs = interestingDoubles(1000, 2);
    const pairs = xs.map((x, i) => [x, xs[(i * 7 + 3) % xs.length]] as const);
    pairs.push([0, 0], [-0, 0], [0, -0], [-0, -0], [NaN, NaN], [Infinity, -Infinity], [1, 2]);
    const res = runOracle(pairs.map(([a, b]): OracleValue[] => ['complex', fv(a), fv(b)]));
    const bad: string[] = [];
    pairs.forEach(([a, b], i) => {
      const r = res[i];
      const want = 'ok' in r ? r.ok : r.err;
      const got = complexRepr(a, b);
      if (got !== want) bad.push(`${a},${b}: got ${got} want ${JSON.stringify(want)}`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
