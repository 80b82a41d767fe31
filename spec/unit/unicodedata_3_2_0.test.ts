// unicodedata.ucd_3_2_0 (vm/modules/unicodedata_3_2_0.ts, unicodedata_normalize.ts's `unicode32`)
// against CPython 3.11's for every code point: each property, the name and the four normal forms
// of each character; the forms of random strings mixing characters unassigned in Unicode 3.2
// with marks and composable letters; and, through bin/pystm, the UCD type, lookup (3.2 had no
// aliases or named sequences) and the messages of its methods.
import { describe, expect, it } from 'vitest';
import { ucd32Decomposition, ucd32Named, ucd32Record } from '../../vm/modules/unicodedata_3_2_0';
import { normalizeCodePoints } from '../../vm/modules/unicodedata_normalize';
import { FORMS, compareLines, hex, pyFloat, python, pythonForms, pythonProperties, randomFormsDiff } from '../helpers/unicode_compare';
import { unicodeNameOf } from '../../compiler/unicode_names';
import { hasPython311, runPystm } from '../helpers/run';

describe.skipIf(!hasPython311())('unicodedata.ucd_3_2_0 equals CPython 3.11 (Unicode 3.2)', () => {
  it('the properties and name of every code point', () => {
    const out = pythonProperties('unicodedata.ucd_3_2_0');
    expect(compareLines(out, (cp) => {
      const r = ucd32Record(cp);
      return [r.category, r.bidirectional, r.combining, r.eastAsianWidth, r.mirrored, ucd32Decomposition(cp),
        r.decimal ?? '', r.digit ?? '', r.numeric === null ? '' : pyFloat(r.numeric),
        (ucd32Named(cp) ? unicodeNameOf(cp) : undefined) ?? ''].join('|');
    })).toEqual([]);
  }, 300_000);

  it('the four normal forms of every code point', () => {
    const out = pythonForms('unicodedata.ucd_3_2_0');
    expect(compareLines(out, (cp) => FORMS.map((f) => hex(normalizeCodePoints(f, [cp], true))).join(','))).toEqual([]);
  }, 300_000);

  it('the four normal forms of random strings with characters added after 3.2', () => {
      // 0x350-0x357, 0x1dc0-0x1dc3, 0x1b05-0x1b06, 0x2c00, 0x1e9e: assigned after 3.2 (marks with
      // combining classes, a Balinese letter with a canonical decomposition, capital sharp s)
    const pool = [0x61, 0x65, 0x41, 0x300, 0x301, 0x316, 0x323, 0x350, 0x351, 0x357, 0x1dc0, 0x1dc3, 0x1b05, 0x1b06, 0x1b35, 0x2c00, 0x1e9e, 0x2f868, 0x2f874, 0x2f91f, 0x1100, 0x1161, 0xac00, 0x1e9b, 0xfb01, 0x2460, 0x0cc6, 0x0cc2, 0x0cd5, 0x9fa6, 0x221];
    const [n, diff] = randomFormsDiff('unicodedata.ucd_3_2_0', 32, pool, (cps) => FORMS.map((f) => hex(normalizeCodePoints(f, cps, true))).join(','));
    expect(n).toBe(4000);
    expect(diff).toEqual([]);
  }, 120_000);

  it('the UCD type, lookup and the methods\' errors print what python3 prints', () => {
    const program = [
      'import unicodedata',
      'o = unicodedata.ucd_3_2_0',
      'print(type(o).__name__, type(o).__module__, o.unidata_version, unicodedata.unidata_version, type(o) is unicodedata.UCD)',
      "for name in ['LATIN SMALL LETTER A', 'latin capital letter a', 'LATIN CAPITAL LETTER GHA', 'KATAKANA LETTER AINU P',",
      "             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FA6', 'HANGUL SYLLABLE GAG', 'LATIN SMALL LETTER D WITH CURL',",
      "             'CJK COMPATIBILITY IDEOGRAPH-2F868', 'NUL', 'BYTE ORDER MARK', 'NO SUCH NAME']:",
      '    for db in (unicodedata, o):',
      '        try:',
      '            print(ascii(db.lookup(name)))',
      '        except KeyError as e:',
      "            print('KeyError', e)",
      "for ch in ['\\u0221', '\\u9fa6', '\\uac00', 'a', '\\u200b', '\\u0660']:",
      "    print(ascii(o.name(ch, None)), o.category(ch), o.bidirectional(ch), o.decimal(ch, None), o.is_normalized('NFC', ch))",
      'calls = [lambda: o.category(), lambda: o.name(), lambda: o.name("a", "b", "c"), lambda: o.normalize("NFC"),',
      '         lambda: o.category("ab"), lambda: o.name("ab"), lambda: o.normalize("X", "a"), lambda: o.name("\\u0221"),',
      '         lambda: o.category(x="a"), lambda: setattr(o, "unidata_version", "x"), lambda: unicodedata.UCD(),',
      '         lambda: o.decimal("x"), lambda: o.numeric("\\u0221")]',
      'for f in calls:',
      '    try:',
      '        print(repr(f()))',
      '    except Exception as e:',
      '        print(type(e).__name__, e)',
    ].join('\n');
    const expected = python(program);
    const r = runPystm(['-c', program]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
  }, 60_000);
});
