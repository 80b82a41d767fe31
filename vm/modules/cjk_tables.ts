// The tables of one stateless CJK codec, for vm/modules/cjk_module.ts: parsed once per isolate
// from the text lib/_cjk_tables.py holds (zlib + base64; its line format is documented in
// compiler/tools/gen_cjk_codecs.py, which generated it from CPython 3.11's codecs and checked
// this model against them). decodeUnit() reads one multi-byte sequence; encoding() is the
// encoder's map, the decoder's inverse (first sequence wins) with the listed exceptions.
const inflateSync = (b: Buffer): Buffer => (require('node:zlib') as typeof import('node:zlib')).inflateSync(b);

/** A row entry: a code point (>= 0), or one of these. Two-character results are in `texts`. */
const E1 = -1;          // illegal, the first byte only
const MORE = -2;        // a third byte decides
const MAKEUP = -3;      // euc_kr's eight-byte make-up sequence
const ILLEGAL_N = -100; // -100 - n: illegal, n bytes
const TEXT = -1000;     // -1000 - k: texts[k]

export interface CjkTable {
  /** per first byte: a code point, LEAD or ILLEGAL */
  single: Int32Array;
  rows: Map<number, Int32Array>;
  rows3: Map<number, Int32Array>;
  texts: string[];
  /** gb18030's four-byte runs: [first index, first code point, count] */
  four: number[][] | null;
  makeup: [Map<number, number>, Map<number, number>] | null;
  exceptions: Map<number, Uint8Array | null>;
  /** "a,b" (code points) -> the sequence a pair of characters is written as */
  pairs: Map<string, Uint8Array>;
  pairStarts: Set<number>;
  enc: Map<number, Uint8Array> | null;
  /** gb18030's runs sorted by code point, for the encoder */
  fourByCp: number[][] | null;
}

const LEAD = -1;
export const ILLEGAL = -2;

function parseRow(text: string, texts: string[]): Int32Array {
  const row = new Int32Array(256).fill(E1);
  let prev = 0;
  const tokens = text.split(',');
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok === '') continue;
    const c = tok.charCodeAt(0);
    if (c === 69 /* E */) row[t] = ILLEGAL_N - Number(tok.slice(1));
    else if (c === 77 /* M */) row[t] = MORE;
    else if (c === 75 /* K */) row[t] = MAKEUP;
    else if (c === 84 /* T */) {
      row[t] = TEXT - texts.length;
      texts.push(String.fromCodePoint(...tok.slice(1).split('.').map((h) => parseInt(h, 16))));
    } else {
      prev += Number(tok);
      row[t] = prev;
    }
  }
  return row;
}

export function parseCjkTable(blob: string): CjkTable {
  const text = inflateSync(Buffer.from(blob, 'base64')).toString('latin1');
  const t: CjkTable = {
    single: new Int32Array(256), rows: new Map(), rows3: new Map(), texts: [], four: null, makeup: null,
    exceptions: new Map(), pairs: new Map(), pairStarts: new Set(), enc: null, fourByCp: null,
  };
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    const kind = sp < 0 ? line : line.slice(0, sp);
    const rest = sp < 0 ? '' : line.slice(sp + 1);
    if (kind === 'S') {
      rest.split(' ').forEach((v, b) => { t.single[b] = v === 'L' ? LEAD : v === 'E' ? ILLEGAL : parseInt(v, 16); });
    } else if (kind === 'P' || kind === 'Q') {
      const sp2 = rest.indexOf(' ');
      const key = parseInt(sp2 < 0 ? rest : rest.slice(0, sp2), 16);
      (kind === 'P' ? t.rows : t.rows3).set(key, parseRow(sp2 < 0 ? '' : rest.slice(sp2 + 1), t.texts));
    } else if (kind === 'G') {
      t.four = [];
    } else if (kind === 'R') {
      t.four!.push(rest.split(' ').map((v) => parseInt(v, 16)));
    } else if (kind === 'K') {
      const [cho, jong] = rest.split(' ').map((part) => new Map(part.split(',').map((p) => {
        const [k, v] = p.split(':');
        return [parseInt(k, 16), Number(v)] as [number, number];
      })));
      t.makeup = [cho, jong];
    } else if (kind === 'X') {
      const [cp, b] = rest.split(' ');
      t.exceptions.set(parseInt(cp, 16), b === '-' ? null : Uint8Array.from(Buffer.from(b, 'hex')));
    } else if (kind === 'C') {
      const [a, c, b] = rest.split(' ');
      t.pairs.set(`${parseInt(a, 16)},${parseInt(c, 16)}`, Uint8Array.from(Buffer.from(b, 'hex')));
      t.pairStarts.add(parseInt(a, 16));
    }
  }
  return t;
}

/** Decoded unit: its text (a code point >= 0, or a string) and length; or an error. */
export interface Unit { cp: number; text: string | null; length: number; error: 0 | 1 | 2 }
const unit: Unit = { cp: 0, text: null, length: 0, error: 0 };
function result(cp: number, text: string | null, length: number, error: 0 | 1 | 2): Unit {
  unit.cp = cp; unit.text = text; unit.length = length; unit.error = error;
  return unit;
}
/** error 1: illegal (length bytes); 2: incomplete (the input ends inside the sequence) */
const illegal = (n: number): Unit => result(-1, null, n, 1);

function fourByte(t: CjkTable, b1: number, b2: number, b3: number, b4: number): number {
  const index = (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
  const four = t.four!;
  let lo = 0;
  let hi = four.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (four[mid][0] <= index) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) {
    const [first, cp, count] = four[lo - 1];
    if (index < first + count) return cp + index - first;
  }
  return -1;
}

function entry(t: CjkTable, v: number, length: number): Unit {
  if (v >= 0) return result(v, null, length, 0);
  if (v <= TEXT) return result(-1, t.texts[TEXT - v], length, 0);
  if (v <= ILLEGAL_N) return illegal(ILLEGAL_N - v);
  return illegal(1);
}

/** The multi-byte sequence at d[i] (a lead byte) in d[0..n). */
export function decodeUnit(t: CjkTable, d: Uint8Array, i: number, n: number): Unit {
  if (i + 1 >= n) return result(-1, null, n - i, 2);
  const b2 = d[i + 1];
  if (t.four !== null && b2 >= 0x30 && b2 <= 0x39) {
    if (i + 3 >= n) return result(-1, null, n - i, 2);
    const b3 = d[i + 2];
    const b4 = d[i + 3];
    if (b3 >= 0x81 && b3 <= 0xfe && b4 >= 0x30 && b4 <= 0x39) {
      const cp = fourByte(t, d[i], b2, b3, b4);
      if (cp >= 0) return result(cp, null, 4, 0);
    }
    return illegal(1);
  }
  const v = t.rows.get(d[i])![b2];
  if (v === MORE) {
    if (i + 2 >= n) return result(-1, null, n - i, 2);
    return entry(t, t.rows3.get(d[i] << 8 | b2)![d[i + 2]], 3);
  }
  if (v === MAKEUP) return makeupUnit(t, d, i, n);
  return entry(t, v, 2);
}

function makeupUnit(t: CjkTable, d: Uint8Array, i: number, n: number): Unit {
  if (i + 7 >= n) return result(-1, null, n - i, 2);
  if (d[i + 2] !== 0xa4 || d[i + 4] !== 0xa4 || d[i + 6] !== 0xa4) return illegal(1);
  const [choOf, jongOf] = t.makeup!;
  const cho = choOf.get(d[i + 3]);
  const jung = d[i + 5] >= 0xbf && d[i + 5] <= 0xd3 ? d[i + 5] - 0xbf : undefined;
  const jong = d[i + 7] === 0xd4 ? 0 : jongOf.get(d[i + 7]);
  if (cho === undefined || jung === undefined || jong === undefined) return illegal(1);
  return result(0xac00 + cho * 588 + jung * 28 + jong, null, 8, 0);
}

/** gb18030: the four-byte sequence of cp by its runs (over a million code points: computed,
 *  not kept in the map), or null. */
export function fourByteOf(t: CjkTable, cp: number): Uint8Array | null {
  if (t.four === null) return null;
  if (t.fourByCp === null) t.fourByCp = [...t.four].sort((a, b) => a[1] - b[1]);
  const runs = t.fourByCp;
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][1] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return null;
  const [first, start, count] = runs[lo - 1];
  if (cp >= start + count) return null;
  let index = first + cp - start;
  const b4 = index % 10;
  index = Math.floor(index / 10);
  const b3 = index % 126;
  index = Math.floor(index / 126);
  return Uint8Array.of(Math.floor(index / 10) + 0x81, (index % 10) + 0x30, b3 + 0x81, b4 + 0x30);
}

/** The encoder's map: each code point's sequence (built on first use; gb18030's four-byte
 *  sequences are not in it: fourByteOf). */
export function encoding(t: CjkTable): Map<number, Uint8Array> {
  if (t.enc !== null) return t.enc;
  const enc = new Map<number, Uint8Array>();
  const put = (cp: number, bytes: number[]): void => { if (!enc.has(cp)) enc.set(cp, Uint8Array.from(bytes)); };
  for (let b = 0; b < 256; b++) if (t.single[b] >= 0) put(t.single[b], [b]);
  for (const lead of [...t.rows.keys()].sort((a, b) => a - b)) {
    const row = t.rows.get(lead)!;
    for (let x = 0; x < 256; x++) if (row[x] >= 0) put(row[x], [lead, x]);
  }
  for (const key of [...t.rows3.keys()].sort((a, b) => a - b)) {
    const row = t.rows3.get(key)!;
    for (let x = 0; x < 256; x++) if (row[x] >= 0) put(row[x], [key >> 8, key & 0xff, x]);
  }
  if (t.makeup !== null) {
    const choByte = new Map<number, number>();
    const jongByte = new Map<number, number>([[0, 0xd4]]);
    for (const [b, v] of [...t.makeup[0]].sort((p, q) => p[0] - q[0])) if (!choByte.has(v)) choByte.set(v, b);
    for (const [b, v] of [...t.makeup[1]].sort((p, q) => p[0] - q[0])) if (!jongByte.has(v)) jongByte.set(v, b);
    for (let cp = 0xac00; cp < 0xd7a4; cp++) {
      const s = cp - 0xac00;
      const cho = Math.floor(s / 588);
      const jung = Math.floor((s % 588) / 28);
      const jong = s % 28;
      if (!enc.has(cp) && choByte.has(cho) && jongByte.has(jong)) {
        enc.set(cp, Uint8Array.of(0xa4, 0xd4, 0xa4, choByte.get(cho)!, 0xa4, 0xbf + jung, 0xa4, jongByte.get(jong)!));
      }
    }
  }
  for (const [cp, b] of t.exceptions) {
    if (b === null) enc.delete(cp);
    else enc.set(cp, b);
  }
  t.enc = enc;
  return enc;
}
