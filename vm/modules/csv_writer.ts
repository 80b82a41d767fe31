// _csv.writer (CPython 3.11's Modules/_csv.c: csv_writer, csv_writerow, join_append_data,
// csv_writerows): each field is converted (str, None as '', anything else str()), escaped or
// quoted by the dialect's rules with C's messages, joined into one record of code points with
// the line terminator, and passed to the file's write(); writerow returns what write returned.
// The object (L_ITER): [class, 0, write (bound method), dialect], never written after creation.
// The record buffer is per call (str() of a field may run a nested writer).
import { mem, u16 } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_ITER } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, raise, typeError } from '../runtime/errors';
import { getattrOpt, isInstance, iter, next, str, tname } from '../runtime/protocol';
import { exactArgs } from '../objects/builtin_function';
import { allocBmp, cpBase, intern, sealBmp, strFromCodePoints, strIsBmp, strLen, unitBase, S_DATA } from '../objects/str_core';
import { strObj } from '../objects/str';
import { isSubtype, typeInfo } from '../objects/type_core';
import { isCallable } from '../objects/partial';
import { callObject } from '../interp/call';
import { type DialectOpts, NOT_SET, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC, csvObjectTypeDef, csvState, dialectOpts, objectAndDialect } from './csv_dialect';

const WR_WRITE = 4;
const WR_DIALECT = 5;

/** PyNumber_Check. */
function isNumber(v: number): boolean {
  if ((v & 1) === 1) return true;
  const t = typeOf(v);
  const s = typeInfo(t).slots;
  return s.index !== null || s.int !== null || s.float !== null || isSubtype(t, T.complex);
}

/** One record being joined (CPython's rec, rec_len, num_fields). */
class Record {
  buf: Uint32Array;
  len = 0;
  fields = 0;
  astral = false;
  constructor(readonly d: DialectOpts, readonly lt: number[], buf: Uint32Array) { this.buf = buf; }

  private room(k: number): void {
    if (this.len + k <= this.buf.length) return;
    const grown = new Uint32Array(Math.max(this.buf.length * 2, this.len + k));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }

  private special(c: number): boolean {
    const d = this.d;
    if (c === d.delimiter || c === d.escapechar || c === d.quotechar) return true;
    const lt = this.lt;
    for (let i = 0; i < lt.length; i++) if (lt[i] === c) return true;
    return false;
  }

  /** join_append: the field's code points (none for NULL), quoted as `quoted` starts. */
  append(cps: ArrayLike<number> | null, quoted: boolean): void {
    const d = this.d;
    const n = cps === null ? 0 : cps.length;
    // worst case: separator, two quotes and two code points per character
    this.room(3 + 2 * n);
    const start = this.len;
    let o = start;
    const b = this.buf;
    if (this.fields > 0) b[o++] = d.delimiter;
    const quoteAt = o++; // (the opening quote's place: kept or squeezed out below)
    for (let i = 0; i < n; i++) {
      const c = cps![i];
      if (this.special(c)) {
        let wantEscape = false;
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) b[o++] = d.quotechar;
            else wantEscape = true;
          } else if (c === d.escapechar) wantEscape = true;
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) raise(csvState.error, 'need to escape, but no escapechar set');
          b[o++] = d.escapechar;
        }
      }
      if (c > 0xffff) this.astral = true;
      b[o++] = c;
    }
    if (quoted) {
      b[quoteAt] = d.quotechar;
      b[o++] = d.quotechar;
      if (d.quotechar > 0xffff) this.astral = true;
    } else {
      b.copyWithin(quoteAt, quoteAt + 1, o);
      o--;
    }
    this.len = o;
    this.fields++;
  }

  /** The record plus the line terminator, as a str. */
  finish(): number {
    this.room(this.lt.length);
    for (const c of this.lt) {
      if (c > 0xffff) this.astral = true;
      this.buf[this.len++] = c;
    }
    const n = this.len;
    if (this.astral) return strFromCodePoints(Array.from(this.buf.subarray(0, n)));
    const r = allocBmp(n);
    const base = (r + S_DATA) * 2;
    const b = this.buf;
    for (let i = 0; i < n; i++) u16[base + i] = b[i];
    return sealBmp(r);
  }
}

/** A str's code points (a view of the heap for BMP strs: valid until the next allocation). */
function codePoints(s: number): ArrayLike<number> {
  const n = strLen(s);
  if (strIsBmp(s)) {
    const base = unitBase(s);
    return u16.subarray(base, base + n);
  }
  const base = cpBase(s);
  return mem.subarray(base, base + n);
}

function codePointArray(s: number): number[] {
  return Array.from(codePoints(s));
}

let spare: Uint32Array | null = null;

/** csv_writerow. */
function writeRow(w: number, row: number): number {
  let it: number;
  try {
    it = iter(row);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) raise(csvState.error, `iterable expected, not ${tname(row)}`);
    throw e;
  }
  const d = dialectOpts(mem[w + WR_DIALECT]);
  const rec = new Record(d, codePointArray(d.lineterminator), spare ?? new Uint32Array(256));
  spare = null;
  for (let field = next(it); field !== 0; field = next(it)) {
    const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(field) : d.quoting === QUOTE_ALL;
    if (field === K.None) {
      rec.append(null, quoted);
      continue;
    }
    let s = strObj(field);
    if (s === 0) s = str(field);
    // (appended before any other Python code runs: the heap view stays valid)
    rec.append(codePoints(s), quoted);
  }
  if (rec.fields > 0 && rec.len === 0) {
    if (d.quoting === QUOTE_NONE) raise(csvState.error, 'single empty field record must be quoted');
    rec.fields--;
    rec.append(null, true);
  }
  const line = rec.finish();
  spare = rec.buf;
  return callObject(mem[w + WR_WRITE], [line], 0);
}

/** _csv.writer(fileobj, dialect='excel', **fmtparams). */
export function csvWriter(a: number[], kw: number): number {
  const args = objectAndDialect(a, kw);
  const write = getattrOpt(args.first, intern('write'));
  if (write === 0 || !isCallable(write)) typeError('argument 1 must have a "write" method');
  const dialect = args.dialect();
  const w = alloc(L_ITER, 4, SCAN_ALL);
  mem[w + 2] = csvState.writerType;
  mem[w + WR_WRITE] = write;
  mem[w + WR_DIALECT] = dialect;
  return w;
}

export const writerTypeDef: TypeDef = csvObjectTypeDef('writer', 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n', {
  methods: {
    writerow: (a, kw) => {
      exactArgs('writer.writerow', a.slice(1), 1, kw);
      return writeRow(a[0], a[1]);
    },
    writerows: (a, kw) => {
      exactArgs('writer.writerows', a.slice(1), 1, kw);
      const rows = iter(a[1]);
      for (let row = next(rows); row !== 0; row = next(rows)) writeRow(a[0], row);
      return K.None;
    },
  },
  getters: { dialect: (w) => mem[w + WR_DIALECT] },
  readonlyMembers: ['dialect'],
});
