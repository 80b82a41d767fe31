// vm/text float rounding/division helpers and %-formatting of numbers against CPython 3.11:
// round(x, n), round(x), int(x), as_integer_ratio, %, //, divmod on interesting doubles, and
// random "%<flags><width>.<prec><conv>" % value cases, all in one python3 process per test.
import { describe, expect, it } from 'vitest';
import { floatDivmod, floatFloorDiv, floatMod, floatToBigInt, floatToIntegerRatio, roundFloat, roundFloatToInt } from '../../vm/text/float_round';
import { percentFormatNumber } from '../../vm/text/percent_format';
import { FormatError } from '../../vm/text/format_error';
import { hasPython311 } from '../helpers/run';
import { floatBits, fv, interestingDoubles, rng, runOracle, type OracleResult, type OracleValue } from '../helpers/text_oracle';

type Enc = { f: string } | { i: string } | string | Enc[];

function enc(v: number | bigint | string | (number | bigint)[]): Enc {
  if (typeof v === 'number') return { f: floatBits(v) };
  if (typeof v === 'bigint') return { i: v.toString() };
  if (typeof v === 'string') return v;
  return v.map((x) => enc(x));
}

function outcome(f: () => number | bigint | string | (number | bigint)[]): string {
  try {
    return 'ok:' + JSON.stringify(enc(f()));
  } catch (e) {
    if (e instanceof FormatError) return `${e.pyType}:${e.message}`;
    throw e;
  }
}

function want(r: OracleResult): string {
  return 'ok' in r ? 'ok:' + JSON.stringify(r.ok) : `${r.err[0]}:${r.err[1]}`;
}

/** NaN payloads differ between engines; compare all NaNs as equal. */
function normNan(s: string): string {
  return s.replace(/"f":"(7ff|fff)[89a-f][0-9a-f]{12}"/g, '"f":"NaN"');
}

describe('float arithmetic (no python needed)', () => {
  it('samples', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloat(0.5, 0)).toBe(0);
    expect(roundFloat(1.5, 0)).toBe(2);
    expect(roundFloat(-0.4, 0)).toBe(-0);
    expect(roundFloatToInt(2.5)).toBe(2n);
    expect(roundFloatToInt(-3.5)).toBe(-4n);
    expect(floatMod(-1, 3)).toBe(2);
    expect(Object.is(floatMod(-0, 3), 0)).toBe(true);
    expect(floatDivmod(7, -2)).toEqual([-4, -1]);
    expect(floatToIntegerRatio(0.75)).toEqual([3n, 4n]);
    expect(() => floatFloorDiv(1, 0)).toThrow('float floor division by zero');
    expect(percentFormatNumber('x', '#0', 8, -1, 255n)).toBe('0x0000ff');
    expect(percentFormatNumber('d', '+', 5, 3, -7n)).toBe(' -007');
  });
});

describe.skipIf(!hasPython311())('float arithmetic against python3', () => {
  it('round, int, ratio, %, //, divmod', () => {
    const xs = interestingDoubles(1500, 21);
    const rand = rng(22);
    const ndigitsChoices = [0, 1, 2, 3, 5, -1, -2, -5, 10, 15, 17, 20, 300, 323, 324, -308, -309, -400];
    const ops: { name: string; args: (number | bigint)[]; run: () => number | bigint | (number | bigint)[] }[] = [];
    for (const x of xs) {
      const nd = ndigitsChoices[Math.floor(rand() * ndigitsChoices.length)];
      ops.push({ name: 'round', args: [x, BigInt(nd)], run: () => roundFloat(x, nd) });
      ops.push({ name: 'round', args: [x], run: () => roundFloatToInt(x) });
      ops.push({ name: 'int', args: [x], run: () => floatToBigInt(x) });
      ops.push({ name: 'ratio', args: [x], run: () => floatToIntegerRatio(x) });
      const y = rand() < 0.1 ? [0, -0, Infinity, -Infinity, NaN][Math.floor(rand() * 5)] : xs[Math.floor(rand() * xs.length)];
      ops.push({ name: 'mod', args: [x, y], run: () => floatMod(x, y) });
      ops.push({ name: 'floordiv', args: [x, y], run: () => floatFloorDiv(x, y) });
      ops.push({ name: 'divmod', args: [x, y], run: () => floatDivmod(x, y) });
    }
    // decimal ties for round(x, n): values like k + 0.5 scaled
    for (let k = 0; k < 300; k++) {
      const x = (Math.floor(rand() * 20000) - 10000 + 0.5) / 10 ** Math.floor(rand() * 4);
      const nd = Math.floor(rand() * 5);
      ops.push({ name: 'round', args: [x, BigInt(nd)], run: () => roundFloat(x, nd) });
    }
    ops.push({ name: 'round', args: [1.7976931348623157e308, -308n], run: () => roundFloat(1.7976931348623157e308, -308) });
    const res = runOracle(ops.map((o): OracleValue[] => [o.name, ...o.args.map((a) => (typeof a === 'number' ? fv(a) : { i: a.toString() }))]));
    const bad: string[] = [];
    ops.forEach((o, i) => {
      const got = normNan(outcome(o.run));
      const w = normNan(want(res[i]));
      if (got !== w) bad.push(`${o.name}(${o.args.map((a) => (typeof a === 'number' ? `${a}[${floatBits(a)}]` : String(a))).join(', ')}): got ${got} want ${w}`);
    });
    expect(bad.slice(0, 25)).toEqual([]);
  });
});

describe.skipIf(!hasPython311())('percent formatting against python3', () => {
  it('%-conversions of numbers', () => {
    const rand = rng(31);
    const floats = interestingDoubles(300, 32);
    const ints = [0n, 1n, -1n, 42n, -42n, 255n, 65n, 0x1f40dn, 0x110000n, -5n, 10n ** 25n, -(2n ** 70n)];
    const convs = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c'];
    type Case = { fmt: string; conv: string; flags: string; width: number; prec: number; v: number | bigint | string };
    const cases: Case[] = [];
    for (let k = 0; k < 5000; k++) {
      const conv = convs[Math.floor(rand() * convs.length)];
      let flags = '';
      for (const fl of ['-', '+', ' ', '#', '0']) if (rand() < 0.2) flags += fl;
      const width = rand() < 0.5 ? Math.floor(rand() * 25) : -1;
      const prec = rand() < 0.4 ? Math.floor(rand() * 20) : -1;
      const r = rand();
      const v: number | bigint | string = r < 0.45 ? floats[Math.floor(rand() * floats.length)]
        : r < 0.9 ? ints[Math.floor(rand() * ints.length)] : ['a', '🐍', 'ab', ''][Math.floor(rand() * 4)];
      const fmt = `%${flags}${width >= 0 ? width : ''}${prec >= 0 ? '.' + prec : ''}${conv}`;
      cases.push({ fmt, conv, flags, width, prec, v });
    }
    const res = runOracle(cases.map((c): OracleValue[] => ['percent', c.fmt, typeof c.v === 'number' ? fv(c.v) : typeof c.v === 'bigint' ? { i: c.v.toString() } : c.v]));
    const bad: string[] = [];
    cases.forEach((c, i) => {
      let got: string;
      try {
        got = 'ok:' + JSON.stringify(percentFormatNumber(c.conv, c.flags, c.width, c.prec, c.v));
      } catch (e) {
        if (!(e instanceof FormatError)) throw e;
        got = `${e.pyType}:${e.message}`;
      }
      const w = want(res[i]);
      if (got !== w) bad.push(`${JSON.stringify(c.fmt)} % ${typeof c.v === 'number' ? floatBits(c.v) : String(c.v)}: got ${got} want ${w}`);
    });
    expect(bad.slice(0, 25)).toEqual([]);
  });
});
