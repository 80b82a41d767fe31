// Unicode character names for `\N{NAME}` escapes and the unicodedata module: a table
// generated from Python 3.11's unicodedata (unicode_names_data.ts, zlib + base64, inflated on
// first use) plus the algorithmic names (CJK ideographs, Hangul syllables, Tangut, ...), which
// are computed. Lookup is case-insensitive, as CPython's. The table holds the name aliases of
// NameAliases.txt too (\N{LATIN CAPITAL LETTER GHA}, \N{NUL}), which CPython accepts in \N{}, and
// the named sequences, which only unicodedata.lookup() accepts. unicodedata.name() gives names
// only (never an alias): the reverse table is built from the names part alone.
// node:zlib is required lazily, on the first \N{...} escape: loading it costs start-up time
const inflateSync = (b: Buffer): Buffer => (require('node:zlib') as typeof import('node:zlib')).inflateSync(b);
import { UNICODE_ALIAS_COUNT, UNICODE_NAME_COUNT, UNICODE_NAMES_DEFLATED } from './unicode_names_data';

interface NameTables {
  /** name or alias -> code point (\N{} and lookup) */
  byName: Map<string, number>;
  /** code point -> name, for the listed (not algorithmic) names */
  byCode: Map<number, string>;
  /** named sequence -> its code points (lookup only) */
  sequences: Map<string, number[]>;
}

let tables: NameTables | null = null;

function load(): NameTables {
  const text = inflateSync(Buffer.from(UNICODE_NAMES_DEFLATED, 'base64')).toString('latin1');
  const t: NameTables = { byName: new Map(), byCode: new Map(), sequences: new Map() };
  const lines = text.split('\n');
  const singles = UNICODE_NAME_COUNT + UNICODE_ALIAS_COUNT;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const semi = line.indexOf(';');
    const name = line.slice(0, semi);
    if (i >= singles) {
      t.sequences.set(name, line.slice(semi + 1).split(' ').map((h) => parseInt(h, 16)));
      continue;
    }
    const cp = parseInt(line.slice(semi + 1), 16);
    t.byName.set(name, cp);
    if (i < UNICODE_NAME_COUNT) t.byCode.set(cp, name);
  }
  return t;
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** [prefix, first, last] ranges whose names are prefix + hex code point, exactly as CPython
 *  3.11's unicodedata has them (checked against it): its database names no Tangut ideograph
 *  (lookup and \N{} reject TANGUT IDEOGRAPH-XXXX, name() gives none), and U+FA6E/U+FA6F are
 *  unassigned inside the compatibility ideographs. */
const HEX_NAMED: [string, number, number][] = [
  ['CJK UNIFIED IDEOGRAPH-', 0x3400, 0x4dbf], ['CJK UNIFIED IDEOGRAPH-', 0x4e00, 0x9fff],
  ['CJK UNIFIED IDEOGRAPH-', 0x20000, 0x2a6df], ['CJK UNIFIED IDEOGRAPH-', 0x2a700, 0x2b738],
  ['CJK UNIFIED IDEOGRAPH-', 0x2b740, 0x2b81d], ['CJK UNIFIED IDEOGRAPH-', 0x2b820, 0x2cea1],
  ['CJK UNIFIED IDEOGRAPH-', 0x2ceb0, 0x2ebe0], ['CJK UNIFIED IDEOGRAPH-', 0x30000, 0x3134a],
  ['CJK COMPATIBILITY IDEOGRAPH-', 0xf900, 0xfa6d], ['CJK COMPATIBILITY IDEOGRAPH-', 0xfa70, 0xfad9],
  ['CJK COMPATIBILITY IDEOGRAPH-', 0x2f800, 0x2fa1d],
  ['KHITAN SMALL SCRIPT CHARACTER-', 0x18b00, 0x18cd5], ['NUSHU CHARACTER-', 0x1b170, 0x1b2fb],
];

function algorithmic(name: string): number | undefined {
  for (const [prefix, first, last] of HEX_NAMED) {
    if (name.startsWith(prefix)) {
      const hex = name.slice(prefix.length);
      if (!/^[0-9A-F]{4,5}$/.test(hex)) continue;
      const cp = parseInt(hex, 16);
      if (cp >= first && cp <= last) return cp;
    }
  }
  if (name.startsWith('HANGUL SYLLABLE ')) {
    const rest = name.slice('HANGUL SYLLABLE '.length);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length)) continue;
        const t = JAMO_T.indexOf(rest.slice(JAMO_L[l].length + JAMO_V[v].length));
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
  }
  return undefined;
}

/** The code point named `name` or one of its aliases (case-insensitive), as \N{} resolves it. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  if (tables === null) tables = load();
  return tables.byName.get(upper) ?? algorithmic(upper);
}

/** The code points of a named sequence (unicodedata.lookup accepts these; \N{} does not). */
export function lookupNamedSequence(name: string): number[] | undefined {
  if (tables === null) tables = load();
  return tables.sequences.get(name.toUpperCase());
}

/** The Unicode 14.0 name of code point cp (unicodedata.name), or undefined if it has none. */
export function unicodeNameOf(cp: number): string | undefined {
  for (const [prefix, first, last] of HEX_NAMED) {
    if (cp >= first && cp <= last) return prefix + cp.toString(16).toUpperCase();
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return 'HANGUL SYLLABLE ' + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (tables === null) tables = load();
  return tables.byCode.get(cp);
}
