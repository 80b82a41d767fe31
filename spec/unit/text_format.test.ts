// vm/text format() for int, float, str and complex against CPython 3.11: thousands of random format
// specs drawn from the mini-language grammar (including invalid combinations, so the
// ValueError texts are compared too) applied to interesting values, in one python3 process.
import { describe, expect, it } from 'vitest';
import { formatInt } from '../../vm/text/format_int';
import { formatFloat } from '../../vm/text/format_float';
import { formatStr } from '../../vm/text/format_str';
import { formatComplex } from '../../vm/text/format_complex';
import { FormatError } from '../../vm/text/format_error';
import { hasPython311 } from '../helpers/run';
import { fv, interestingDoubles, rng, runOracle, type OracleResult, type OracleValue } from '../helpers/text_oracle';

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

function randomSpec(rand: () => number, types: readonly string[]): string {
  if (rand() < 0.03) return pick(rand, ['', 'abc', '10x10', '.', ',_d', '_,d', ',,', '\0', '<<<', '99999999999999999999d', '.d', 'zd', '#c']);
  let s = '';
  if (rand() < 0.35) {
    const fill = rand() < 0.5 ? pick(rand, ['*', '0', ' ', 'é', '🐍', '<', '=', '_', ',', 'x']) : '';
    s += fill + pick(rand, ['<', '>', '^', '=']);
  }
  if (rand() < 0.3) s += pick(rand, ['+', '-', ' ']);
  if (rand() < 0.1) s += 'z';
  if (rand() < 0.2) s += '#';
  if (rand() < 0.2) s += '0';
  if (rand() < 0.5) s += pick(rand, ['0', '1', '5', '8', '10', '12', '20', '25', '\u0663', '07']);
  if (rand() < 0.25) s += pick(rand, [',', '_', ',', '_', ',_']);
  if (rand() < 0.45) s += pick(rand, ['.', '.0', '.1', '.2', '.3', '.5', '.10', '.16', '.17', '.20', '.40', '.1\u0665']);
  if (rand() < 0.85) s += pick(rand, types);
  return s;
}

const INT_TYPES = ['b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'q', 'é'];
const FLOAT_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's', 'r'];
const STR_TYPES = ['s', 'd', 'x', 'r'];
const COMPLEX_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 's'];

function outcome(f: () => string): string {
  try {
    return 'ok:' + f();
  } catch (e) {
    if (e instanceof FormatError) return `${e.pyType}:${e.message}`;
    throw e;
  }
}

function want(r: OracleResult): string {
  return 'ok' in r ? 'ok:' + (r.ok as string) : `${r.err[0]}:${r.err[1]}`;
}

describe('format (no python needed)', () => {
  it('samples', () => {
    expect(formatInt(1234n, '010,')).toBe('00,001,234');
    expect(formatInt(255n, '#X')).toBe('0XFF');
    expect(formatInt(-255n, '#_b')).toBe('-0b1111_1111');
    expect(formatFloat(1234, '.4')).toBe('1.234e+03');
    expect(formatFloat(-0.0001, 'z.2f')).toBe('0.00');
    expect(formatFloat(Infinity, '010')).toBe('0000000inf');
    expect(formatStr('ab', '05')).toBe('ab000');
    expect(() => formatStr('ab', ',')).toThrow("Cannot specify ',' with 's'.");
    expect(() => formatInt(1n, '.2')).toThrow('Precision not allowed in integer format specifier');
    expect(() => formatInt(1n, 'abc')).toThrow("Invalid format specifier 'abc' for object of type 'int'");
    expect(() => formatFloat(1, 'd')).toThrow("Unknown format code 'd' for object of type 'float'");
  });
});

describe.skipIf(!hasPython311())('format against python3', () => {
  it('int, float, str and complex with random specs', () => {
    const rand = rng(42);
    const ints: bigint[] = [0n, 1n, -1n, 7n, 42n, -42n, 255n, 1000n, 1234567n, -1234567n, 65n, 0x1f40dn, 0x110000n, 10n ** 20n,
      -(10n ** 30n) - 7n, 2n ** 64n, 2n ** 1030n, 123456789012345678901234567890n];
    for (let k = 0; k < 40; k++) ints.push(BigInt(Math.floor((rand() - 0.5) * 10 ** Math.floor(rand() * 15))));
    const floats = interestingDoubles(400, 43);
    const strs = ['', 'a', 'abc', 'hello world', 'é', '🐍x', 'a🐍b🐍c', '1234567890'];
    type Case = { kind: 'int'; v: bigint; spec: string } | { kind: 'float'; v: number; spec: string } | { kind: 'str'; v: string; spec: string }
      | { kind: 'complex'; v: [number, number]; spec: string };
    const cases: Case[] = [];
    for (let k = 0; k < 4000; k++) cases.push({ kind: 'int', v: pick(rand, ints), spec: randomSpec(rand, INT_TYPES) });
    for (let k = 0; k < 6000; k++) cases.push({ kind: 'float', v: pick(rand, floats), spec: randomSpec(rand, FLOAT_TYPES) });
    for (let k = 0; k < 1000; k++) cases.push({ kind: 'str', v: pick(rand, strs), spec: randomSpec(rand, STR_TYPES) });
    const parts = [...floats.slice(0, 100), 0, -0, 0, 1, -1, NaN, Infinity];
    for (let k = 0; k < 2000; k++) cases.push({ kind: 'complex', v: [pick(rand, parts), pick(rand, parts)], spec: randomSpec(rand, COMPLEX_TYPES) });
    const res = runOracle(cases.map((c): OracleValue[] => [
      'format', c.kind === 'int' ? { i: c.v.toString() } : c.kind === 'float' ? fv(c.v)
        : c.kind === 'complex' ? { c: [fv(c.v[0]).f, fv(c.v[1]).f] } : c.v, c.spec,
    ]));
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const got = outcome(() => c.kind === 'int' ? formatInt(c.v, c.spec) : c.kind === 'float' ? formatFloat(c.v, c.spec)
        : c.kind === 'complex' ? formatComplex(c.v[0], c.v[1], c.spec) : formatStr(c.v, c.spec));
      const w = want(res[i]);
      if (got !== w) bad.push(`format(${c.kind === 'float' ? fv(c.v).f : c.kind === 'complex' ? `complex(${c.v[0]}, ${c.v[1]})` : JSON.stringify(String(c.v))}, ${JSON.stringify(c.spec)}): got ${JSON.stringify(got)} want ${JSON.stringify(w)}`);
    });
    const oks = res.filter((r) => 'ok' in r).length;
    expect(oks).toBeGreaterThan(cases.length / 3);
    expect(bad.slice(0, 25)).toEqual([]);
  });
});
