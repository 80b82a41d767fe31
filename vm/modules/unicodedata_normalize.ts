// unicodedata.normalize for NFC, NFD, NFKC and NFKD by Unicode 14.0's data (unicodedata_db.ts),
// on code points (a lone surrogate stays one): full decomposition (canonical, or compatibility
// too), Hangul syllables decomposed and composed by arithmetic, canonical ordering of combining
// marks (a stable sort by combining class within each run of non-starters), then for NFC/NFKC
// canonical composition: a character combines with the last starter unless a character between
// them is a starter or has a combining class at least its own (UAX #15's algorithm).
// `unicode32` normalizes as CPython's ucd_3_2_0 does: a character unassigned in Unicode 3.2 is
// not decomposed, and five characters decompose as 3.2 had them (unicodedata_3_2_0.ts); the
// combining classes and compositions are 14.0's, as CPython's.
import { ucdDecomposition, ucdDecompositions, ucdNoCompose, ucdRecord } from './unicodedata_db';
import { ucd32NormalizeAs } from './unicodedata_3_2_0';

const S_BASE = 0xac00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11a7;
const L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;

export type NormalForm = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';

const combiningClass = (cp: number): number => ucdRecord(cp).combining;

function decompose(cp: number, compat: boolean, unicode32: boolean, out: number[]): void {
  const s = cp - S_BASE;
  if (s >= 0 && s < S_COUNT) {
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  if (unicode32) {
    const as = ucd32NormalizeAs(cp);
    if (as === -2) { out.push(cp); return; }
    if (as >= 0) { decompose(as, compat, unicode32, out); return; }
  }
  const d = ucdDecomposition(cp);
  if (d === '' || (d.charCodeAt(0) === 60 /* < */ && !compat)) { out.push(cp); return; }
  const parts = d.split(' ');
  for (const p of parts) if (p.charCodeAt(0) !== 60) decompose(parseInt(p, 16), compat, unicode32, out);
}

function canonicalOrder(cps: number[]): void {
  for (let i = 1; i < cps.length; i++) {
    const cc = combiningClass(cps[i]);
    if (cc === 0) continue;
    let j = i;
    while (j > 0) {
      const prev = combiningClass(cps[j - 1]);
      if (prev === 0 || prev <= cc) break;
      [cps[j - 1], cps[j]] = [cps[j], cps[j - 1]];
      j--;
    }
  }
}

let pairs: Map<number, number> | null = null;

/** The primary composite of starter a and b, or -1. */
function composePair(a: number, b: number): number {
  const l = a - L_BASE, v = b - V_BASE;
  if (l >= 0 && l < L_COUNT && v >= 0 && v < V_COUNT) return S_BASE + (l * V_COUNT + v) * T_COUNT;
  const s = a - S_BASE, t = b - T_BASE;
  if (s >= 0 && s < S_COUNT && s % T_COUNT === 0 && t > 0 && t < T_COUNT) return a + t;
  if (pairs === null) {
    pairs = new Map();
    for (const [cp, d] of ucdDecompositions()) {
      if (d.charCodeAt(0) === 60 || ucdNoCompose(cp)) continue;
      const p = d.split(' ');
      if (p.length === 2) pairs.set(parseInt(p[0], 16) * 0x110000 + parseInt(p[1], 16), cp);
    }
  }
  return pairs.get(a * 0x110000 + b) ?? -1;
}

function compose(cps: number[]): number[] {
  if (cps.length === 0) return cps;
  let starterPos = 0;
  let starter = cps[0];
  let lastClass = combiningClass(starter);
  if (lastClass !== 0) lastClass = 256; // a leading non-starter blocks everything after it
  let outPos = 1;
  for (let i = 1; i < cps.length; i++) {
    const ch = cps[i];
    const cls = combiningClass(ch);
    const composite = composePair(starter, ch);
    if (composite >= 0 && (lastClass < cls || lastClass === 0)) {
      cps[starterPos] = composite;
      starter = composite;
      continue;
    }
    if (cls === 0) { starterPos = outPos; starter = ch; }
    lastClass = cls;
    cps[outPos++] = ch;
  }
  cps.length = outPos;
  return cps;
}

/** The code points of `cps` in normal form `form` (by Unicode 3.2's decompositions: `unicode32`). */
export function normalizeCodePoints(form: NormalForm, cps: readonly number[], unicode32 = false): number[] {
  const compat = form === 'NFKC' || form === 'NFKD';
  const out: number[] = [];
  for (const cp of cps) decompose(cp, compat, unicode32, out);
  canonicalOrder(out);
  return form === 'NFC' || form === 'NFKC' ? compose(out) : out;
}
