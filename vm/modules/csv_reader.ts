// _csv.reader (CPython 3.11's Modules/_csv.c: csv_reader, Reader_iternext, parse_process_char):
// the parser is the C state machine ported case for case, fall-throughs included (so an
// escaped line end is followed by AFTER_ESCAPED_CRNL, which stays the state while the field
// goes on, as in C). A record's parse state is JS-local to one __next__ call (CPython resets it
// at each call too); the lines are read as code points straight from the heap str. The object
// (L_ITER): [class, 0, input iterator, dialect, line_num]; only line_num changes, written under
// a barrier once per call (and when the call raises). Field text is gathered in a per-call
// buffer (a nested reader in the input iterator gets its own).
import { mem, u16 } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ITER } from '../runtime/layouts';
import type { TypeDef } from '../runtime/typedef';
import { PyException, raise } from '../runtime/errors';
import { iter, next, tname } from '../runtime/protocol';
import { allocBmp, cpBase, sealBmp, strFromCodePoints, strIsBmp, strLen, unitBase, S_DATA } from '../objects/str_core';
import { strObj } from '../objects/str';
import { newList } from '../objects/list_core';
import { newFloat } from '../objects/float_core';
import { floatFromObject } from '../objects/float';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { QUOTE_NONE, QUOTE_NONNUMERIC, csvObjectTypeDef, csvState, dialectOpts, objectAndDialect } from './csv_dialect';

const RD_ITER = 4;
const RD_DIALECT = 5;
const RD_LINENUM = 6;

const START_RECORD = 0;
const START_FIELD = 1;
const ESCAPED_CHAR = 2;
const IN_FIELD = 3;
const IN_QUOTED_FIELD = 4;
const ESCAPE_IN_QUOTED_FIELD = 5;
const QUOTE_IN_QUOTED_FIELD = 6;
const EAT_CRNL = 7;
const AFTER_ESCAPED_CRNL = 8;
const EOL = -2;
const LF = 10;
const CR = 13;

/** The field size limit (a heap cell made by csv_module's init; read per call). */
export const limitCell = { ref: 0 };
export function fieldLimit(): number {
  readBarrier(limitCell.ref);
  const v = mem[limitCell.ref + 2];
  return (v & 1) === 1 ? v >> 1 : Number(toBigInt(v));
}

/** One __next__ call's parse: the C ReaderObj's parse fields. */
class Parse {
  state = START_RECORD;
  fields: number[] = [];
  buf: Uint32Array;
  len = 0;
  astral = false;
  numeric = false;
  constructor(
    readonly delimiter: number, readonly quotechar: number, readonly escapechar: number,
    readonly doublequote: boolean, readonly skipinitialspace: boolean, readonly strict: boolean,
    readonly quoting: number, readonly limit: number, buf: Uint32Array,
  ) { this.buf = buf; }

  saveField(): void {
    const n = this.len;
    let field: number;
    if (!this.astral) {
      field = allocBmp(n);
      const base = (field + S_DATA) * 2;
      const b = this.buf;
      for (let i = 0; i < n; i++) u16[base + i] = b[i];
      sealBmp(field);
    } else field = strFromCodePoints(Array.from(this.buf.subarray(0, n)));
    this.len = 0;
    this.astral = false;
    if (this.numeric) {
      this.numeric = false;
      field = newFloat(floatFromObject(field));
    }
    this.fields.push(field);
  }

  addChar(c: number): void {
    if (this.len >= this.limit) raise(csvState.error, `field larger than field limit (${this.limit})`);
    if (this.len === this.buf.length) {
      const grown = new Uint32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    if (c > 0xffff) this.astral = true;
    this.buf[this.len++] = c;
  }

  private startField(c: number): void {
    if (c === LF || c === CR || c === EOL) {
      this.saveField();
      this.state = c === EOL ? START_RECORD : EAT_CRNL;
    } else if (c === this.quotechar && this.quoting !== QUOTE_NONE) {
      this.state = IN_QUOTED_FIELD;
    } else if (c === this.escapechar) {
      this.state = ESCAPED_CHAR;
    } else if (c === 32 && this.skipinitialspace) {
      // ignore spaces at the start of a field
    } else if (c === this.delimiter) {
      this.saveField();
    } else {
      if (this.quoting === QUOTE_NONNUMERIC) this.numeric = true;
      this.addChar(c);
      this.state = IN_FIELD;
    }
  }

  private inField(c: number): void {
    if (c === LF || c === CR || c === EOL) {
      this.saveField();
      this.state = c === EOL ? START_RECORD : EAT_CRNL;
    } else if (c === this.escapechar) {
      this.state = ESCAPED_CHAR;
    } else if (c === this.delimiter) {
      this.saveField();
      this.state = START_FIELD;
    } else {
      this.addChar(c);
    }
  }

  /** parse_process_char. */
  process(c: number): void {
    switch (this.state) {
      case START_RECORD:
        if (c === EOL) break;
        if (c === LF || c === CR) {
          this.state = EAT_CRNL;
          break;
        }
        this.state = START_FIELD; // (C falls through to START_FIELD)
        this.startField(c);
        break;
      case START_FIELD:
        this.startField(c);
        break;
      case ESCAPED_CHAR:
        if (c === LF || c === CR) {
          this.addChar(c);
          this.state = AFTER_ESCAPED_CRNL;
          break;
        }
        if (c === EOL) c = LF;
        this.addChar(c);
        this.state = IN_FIELD;
        break;
      case AFTER_ESCAPED_CRNL:
        // (C falls through to IN_FIELD, whose plain characters leave the state as it is)
        if (c !== EOL) this.inField(c);
        break;
      case IN_FIELD:
        this.inField(c);
        break;
      case IN_QUOTED_FIELD:
        if (c === EOL) {
          // a line end inside quotes: the record goes on
        } else if (c === this.escapechar) {
          this.state = ESCAPE_IN_QUOTED_FIELD;
        } else if (c === this.quotechar && this.quoting !== QUOTE_NONE) {
          this.state = this.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        } else {
          this.addChar(c);
        }
        break;
      case ESCAPE_IN_QUOTED_FIELD:
        if (c === EOL) c = LF;
        this.addChar(c);
        this.state = IN_QUOTED_FIELD;
        break;
      case QUOTE_IN_QUOTED_FIELD:
        if (this.quoting !== QUOTE_NONE && c === this.quotechar) {
          this.addChar(c);
          this.state = IN_QUOTED_FIELD;
        } else if (c === this.delimiter) {
          this.saveField();
          this.state = START_FIELD;
        } else if (c === LF || c === CR || c === EOL) {
          this.saveField();
          this.state = c === EOL ? START_RECORD : EAT_CRNL;
        } else if (!this.strict) {
          this.addChar(c);
          this.state = IN_FIELD;
        } else {
          raise(csvState.error, `'${String.fromCodePoint(this.delimiter)}' expected after '${String.fromCodePoint(this.quotechar)}'`);
        }
        break;
      case EAT_CRNL:
        if (c === LF || c === CR) break;
        if (c === EOL) {
          this.state = START_RECORD;
          break;
        }
        raise(csvState.error, 'new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
    }
  }

  /** Feeds one line (a str) and its end. */
  line(s: number): void {
    const n = strLen(s);
    if (strIsBmp(s)) {
      const base = unitBase(s);
      for (let i = 0; i < n; i++) this.process(u16[base + i]);
    } else {
      const base = cpBase(s);
      for (let i = 0; i < n; i++) this.process(mem[base + i]);
    }
    this.process(EOL);
  }
}

let spare: Uint32Array | null = null;

/** Reader_iternext: the next record, or 0 at the end of the input. */
function readerNext(r: number): number {
  readBarrier(r);
  const it = mem[r + RD_ITER];
  const o = dialectOpts(mem[r + RD_DIALECT]);
  const buf = spare ?? new Uint32Array(256);
  spare = null; // (a reader nested in the input iterator takes its own)
  const p = new Parse(o.delimiter, o.quotechar, o.escapechar, o.doublequote, o.skipinitialspace, o.strict,
    o.quoting, fieldLimit(), buf);
  const start = mem[r + RD_LINENUM];
  let lines = 0;
  const setLineNum = (): void => {
    if (lines === 0) return;
    writeBarrier(r);
    mem[r + RD_LINENUM] = intFromNumber(((start & 1) === 1 ? start >> 1 : Number(toBigInt(start))) + lines);
  };
  try {
    do {
      const line = next(it);
      if (line === 0) {
        if (p.len !== 0 || p.state === IN_QUOTED_FIELD) {
          if (p.strict) raise(csvState.error, 'unexpected end of data');
          p.saveField();
          break;
        }
        setLineNum();
        return 0;
      }
      const s = strObj(line);
      if (s === 0) {
        raise(csvState.error, `iterator should return strings, not ${tname(line)} (the file should be opened in text mode)`);
      }
      lines++;
      p.line(s);
    } while (p.state !== START_RECORD);
  } catch (e) {
    if (e instanceof PyException) setLineNum();
    throw e;
  }
  setLineNum();
  spare = p.buf;
  return newList(p.fields);
}

/** _csv.reader(iterable, dialect='excel', **fmtparams). */
export function csvReader(a: number[], kw: number): number {
  const args = objectAndDialect(a, kw);
  const input = iter(args.first);
  const dialect = args.dialect();
  const r = alloc(L_ITER, 5, SCAN_ALL);
  mem[r + 2] = csvState.readerType;
  mem[r + RD_ITER] = input;
  mem[r + RD_DIALECT] = dialect;
  mem[r + RD_LINENUM] = 1;
  return r;
}

export const readerTypeDef: TypeDef = csvObjectTypeDef('reader', 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n', {
  slots: { iter: (r) => r, next: readerNext },
  getters: {
    dialect: (r) => { readBarrier(r); return mem[r + RD_DIALECT]; },
    line_num: (r) => { readBarrier(r); return mem[r + RD_LINENUM]; },
  },
  readonlyMembers: ['dialect', 'line_num'],
});
