// The unicodedata module's tables and normalization (vm/modules/unicodedata_db.ts,
// unicodedata_normalize.ts, compiler/unicode_names.ts) against CPython 3.11's unicodedata for
// every code point: each property, the name, and the four normal forms of each character; then
// the four forms of random strings built from combining marks, Hangul jamo and letters with
// canonical decompositions (canonical ordering and composition across characters).
import { describe, expect, it } from 'vitest';
import { ucdDecomposition, ucdRecord } from '../../vm/modules/unicodedata_db';
import { normalizeCodePoints } from '../../vm/modules/unicodedata_normalize';
import { FORMS, compareLines, hex, pyFloat, pythonForms, pythonProperties, randomFormsDiff } from '../helpers/unicode_compare';
import { unicodeNameOf } from '../../compiler/unicode_names';
import { hasPython311 } from '../helpers/run';

describe.skipIf(!hasPython311())('unicodedata equals CPython 3.11 (Unicode 14.0)', () => {
  it('the properties and name of every code point', () => {
    const out = pythonProperties('unicodedata');
    expect(compareLines(out, (cp) => {
      const r = ucdRecord(cp);
      return [r.category, r.bidirectional, r.combining, r.eastAsianWidth, r.mirrored, ucdDecomposition(cp),
        r.decimal ?? '', r.digit ?? '', r.numeric === null ? '' : pyFloat(r.numeric), unicodeNameOf(cp) ?? ''].join('|');
    })).toEqual([]);
  }, 300_000);

  it('the four normal forms of every code point', () => {
    const out = pythonForms('unicodedata');
    expect(compareLines(out, (cp) => FORMS.map((f) => hex(normalizeCodePoints(f, [cp]))).join(','))).toEqual([]);
  }, 300_000);

  it('the four normal forms of random strings of marks, jamo and composable letters', () => {
    const pool = [0x61, 0x65, 0x6f, 0x41, 0x3b1, 0x3c9, 0x1100, 0x1161, 0x11a8, 0xac00, 0xac01, 0x300, 0x301, 0x302, 0x308, 0x323, 0x327, 0x328, 0x345, 0x5b0, 0x5b4, 0x5bc, 0x5c1, 0x5c2, 0x93c, 0x915, 0x1e0b, 0x1e9b, 0x212b, 0xc5, 0xe9, 0x1f80, 0x0f71, 0x0f72, 0x0f80, 0xfb2c, 0x1d15e, 0x1d165, 0x1d16e, 0xfb01, 0x2460, 0x3300, 0x0cc6, 0x0cc2, 0x0cd5, 0x0b47, 0x0b3e, 0x0b57, 0x11131, 0x11127, 0x30ab, 0x3099, 0xff76, 0xff9e, 0x1112, 0x1175, 0x11c2];
    const [n, diff] = randomFormsDiff('unicodedata', 14, pool, (cps) => FORMS.map((f) => hex(normalizeCodePoints(f, cps))).join(','));
    expect(n).toBe(4000);
    expect(diff).toEqual([]);
  }, 120_000);
});
