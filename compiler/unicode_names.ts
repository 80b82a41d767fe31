// Unicode character names for `\N{NAME}` escapes (and later unicodedata.lookup): a table
// generated from Python 3.11's unicodedata (unicode_names_data.ts, zlib + base64, inflated on
// first use) plus the algorithmic names (CJK ideographs, Hangul syllables, Tangut, ...), which
// are computed. Lookup is case-insensitive, as CPython's. The table holds the name aliases of
// NameAliases.txt too (\N{LATIN CAPITAL LETTER GHA}, \N{NUL}), which CPython accepts in \N{}.
// node:zlib is required lazily, on the first \N{...} escape: loading it costs start-up time
const inflateSync = (b: Buffer): Buffer => (require('node:zlib') as typeof import('node:zlib')).inflateSync(b);
import { UNICODE_NAMES_DEFLATED } from './unicode_names_data';

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const text = inflateSync(Buffer.from(UNICODE_NAMES_DEFLATED, 'base64')).toString('latin1');
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const semi = line.indexOf(';');
    map.set(line.slice(0, semi), parseInt(line.slice(semi + 1), 16));
  }
  return map;
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** [prefix, first, last] ranges whose names are prefix + hex code point (Unicode 14.0). */
const HEX_NAMED: [string, number, number][] = [
  ['CJK UNIFIED IDEOGRAPH-', 0x3400, 0x4dbf], ['CJK UNIFIED IDEOGRAPH-', 0x4e00, 0x9fff],
  ['CJK UNIFIED IDEOGRAPH-', 0x20000, 0x2a6df], ['CJK UNIFIED IDEOGRAPH-', 0x2a700, 0x2b738],
  ['CJK UNIFIED IDEOGRAPH-', 0x2b740, 0x2b81d], ['CJK UNIFIED IDEOGRAPH-', 0x2b820, 0x2cea1],
  ['CJK UNIFIED IDEOGRAPH-', 0x2ceb0, 0x2ebe0], ['CJK UNIFIED IDEOGRAPH-', 0x30000, 0x3134a],
  ['CJK COMPATIBILITY IDEOGRAPH-', 0xf900, 0xfad9], ['CJK COMPATIBILITY IDEOGRAPH-', 0x2f800, 0x2fa1d],
  ['TANGUT IDEOGRAPH-', 0x17000, 0x187f7], ['TANGUT IDEOGRAPH-', 0x18d00, 0x18d08],
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

export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  if (table === null) table = load();
  return table.get(upper) ?? algorithmic(upper);
}
