// Translation of a Python 3.11 regular expression into a JavaScript RegExp source (`v` flag),
// for the native `_pystm_re` module (re_native.ts). Two passes: `parsePattern` builds a small
// tree with CPython's re.error messages and positions (code point offsets into the pattern);
// `emitPattern` writes JS source in which every Python behaviour is spelled out explicitly (no JS
// `m`/`s` flags: ^ $ . \A \Z \b are lookarounds or classes; \d \w \s are explicit sets), so JS
// semantics can differ only where we say so. Constructs JS cannot express with CPython's meaning
// throw NeedsBacktracker naming the construct, and re_native.ts runs that pattern on the
// backtracking matcher (re_backtrack_*.ts) instead; nothing is silently approximated except the
// documented Unicode tables (\w = [\p{L}\p{N}_], case folding of JS for IGNORECASE). Python group i is JS group `groupMap[i]` (atomic groups add JS groups).
// Every pattern code point is written as a literal ASCII alphanumeric or as \u{hex}.

import { lookupUnicodeName } from '../../compiler/unicode_names';

export class ReError {
  /** warnings: those the parser issued before the error (CPython warns, then raises) */
  constructor(public msg: string, public pos: number | null, public warnings: string[] = []) {}
}

export const F_TEMPLATE = 1, F_I = 2, F_L = 4, F_M = 8, F_S = 16, F_U = 32, F_X = 64, F_DEBUG = 128, F_A = 256;
const FLAG_LETTERS: Record<string, number> = { a: F_A, i: F_I, L: F_L, m: F_M, s: F_S, u: F_U, x: F_X };
const TYPE_FLAGS = F_A | F_L | F_U;
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

// ── tree ──
interface Ctx { i: boolean; m: boolean; s: boolean; ascii: boolean }
export type ClassItem = { k: 'range'; lo: number; hi: number } | { k: 'cat'; c: string };
type Anc = { opt: boolean };
export type Node =
  | { k: 'lit'; c: number; i: boolean; ascii?: boolean }
  | { k: 'any'; s: boolean }
  | { k: 'class'; neg: boolean; items: ClassItem[]; i: boolean; ascii: boolean }
  | { k: 'cat'; c: string; ascii: boolean }
  | { k: 'at'; c: string; m: boolean; ascii: boolean }
  | { k: 'group'; idx: number; body: Alt }          // idx 0: non-capturing
  | { k: 'atomic'; body: Alt }
  | { k: 'look'; behind: boolean; neg: boolean; body: Alt }
  | { k: 'backref'; idx: number; i: boolean; ascii: boolean; pos: number }
  | { k: 'repeat'; min: number; max: number; lazy: boolean; possessive: boolean; body: Node }
  | { k: 'cond'; idx: number; yes: Node[]; no: Node[] | null };  // (?(idx)yes|no)
export interface Alt { k: 'alt'; branches: Node[][] }

export interface Parsed {
  tree: Alt;
  groups: number;
  names: Map<string, number>;
  flags: number;
  hasScopedI: boolean;
  nonAsciiCased: boolean;
  hasBackref: boolean;
  groupWidth: Map<number, [number, number]>;
  parents: number[];
  warnings: string[];      // DeprecationWarning messages (lib/re issues them)
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;
const isOct = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 55;
const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const WS = new Set([32, 9, 10, 13, 11, 12]);
const ID_RE = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

function chr(c: number): string { return String.fromCodePoint(c); }

class Parser {
  p = 0;
  groups = 0;
  names = new Map<string, number>();
  open = new Set<number>();
  openStack: number[] = [];
  parents: number[] = [];
  groupWidth = new Map<number, [number, number]>();
  flags: number;
  hasScopedI = false;
  nonAsciiCased = false;
  hasBackref = false;
  lookbehindGroups: number | null = null;
  condRefPos = new Map<number, number>();
  warnings: string[] = [];

  constructor(public src: number[], flags: number, public isBytes: boolean) {
    this.flags = flags;
  }

  err(msg: string, pos: number | null): never { throw new ReError(msg, pos, this.warnings); }
  peek(): number | undefined { return this.src[this.p]; }
  peekStr(): string { const c = this.src[this.p]; return c === undefined ? '' : chr(c); }
  get(): number | undefined { return this.p < this.src.length ? this.src[this.p++] : undefined; }
  ctx(): Ctx {
    return { i: (this.flags & F_I) !== 0, m: (this.flags & F_M) !== 0, s: (this.flags & F_S) !== 0, ascii: (this.flags & F_A) !== 0 || this.isBytes || (this.flags & F_L) !== 0 };
  }

  parse(): Alt {
    const alt = this.parseAlt(0, true);
    if (this.p < this.src.length) {
      // only a ')' stops the top level early
      this.err('unbalanced parenthesis', this.p);
    }
    // a conditional may name a group defined after it, but not past the last one
    for (const [g, at] of this.condRefPos) {
      if (g > this.groups) this.err(`invalid group reference ${g}`, at);
    }
    return alt;
  }

  parseAlt(nested: number, top: boolean): Alt {
    const branches: Node[][] = [];
    for (;;) {
      branches.push(this.parseSeq(nested, top && branches.length === 0));
      if (this.peek() === 124 /* | */) { this.p++; continue; }
      break;
    }
    return { k: 'alt', branches };
  }

  skipVerbose(): void {
    for (;;) {
      const c = this.peek();
      if (c === undefined) return;
      if (WS.has(c)) { this.p++; continue; }
      if (c === 35 /* # */) {
        while (this.p < this.src.length && this.src[this.p] !== 10) this.p++;
        continue;
      }
      return;
    }
  }

  parseSeq(nested: number, first: boolean): Node[] {
    const items: Node[] = [];
    for (;;) {
      if ((this.flags & F_X) !== 0) this.skipVerbose();
      const c = this.peek();
      if (c === undefined || c === 124) return items;
      if (c === 41 /* ) */) {
        if (nested > 0) return items;
        this.err('unbalanced parenthesis', this.p);
      }
      const start = this.p;
      if (c === 42 || c === 43 || c === 63 || c === 123) { // * + ? {
        if (this.parseRepeat(items, start)) continue;
        // a '{' that is not a repeat is a literal
        this.p = start + 1;
        items.push({ k: 'lit', c, i: this.ctx().i, ascii: this.ctx().ascii });
        continue;
      }
      this.p++;
      if (c === 46) { items.push({ k: 'any', s: this.ctx().s }); continue; }
      if (c === 94) { items.push({ k: 'at', c: 'bol', m: this.ctx().m, ascii: false }); continue; }
      if (c === 36) { items.push({ k: 'at', c: 'eol', m: this.ctx().m, ascii: false }); continue; }
      if (c === 91) { items.push(this.parseClass(start)); continue; }
      if (c === 92) { items.push(this.parseEscape(start)); continue; }
      if (c === 40) {
        const node = this.parseGroup(start, nested, first && items.length === 0);
        if (node !== null) items.push(node);
        continue;
      }
      this.noteCased(c);
      items.push({ k: 'lit', c, i: this.ctx().i, ascii: this.ctx().ascii });
    }
  }

  noteCased(c: number): void {
    if (c > 127 && chr(c).toLowerCase() !== chr(c).toUpperCase()) this.nonAsciiCased = true;
  }

  /** Parses a repeat operator at this.p onto the last item; false when a '{' is not a repeat. */
  parseRepeat(items: Node[], start: number): boolean {
    const c = this.get() as number;
    let min: number, max: number;
    if (c === 42) { min = 0; max = Infinity; }
    else if (c === 43) { min = 1; max = Infinity; }
    else if (c === 63) { min = 0; max = 1; }
    else {
      if (this.peek() === 125) return false;
      let lo = '', hi = '';
      while (isDigit(this.peek())) lo += chr(this.get() as number);
      let comma = false;
      if (this.peek() === 44) { comma = true; this.p++; while (isDigit(this.peek())) hi += chr(this.get() as number); }
      else hi = lo;
      if (this.peek() !== 125) return false;
      this.p++;
      min = lo !== '' ? Number(lo) : 0;
      max = hi !== '' ? Number(hi) : Infinity;
      if (!comma) max = min;
      if (min >= MAXREPEAT || (max !== Infinity && max >= MAXREPEAT)) throw new OverflowSignal('the repetition number is too large');
      if (max < min) this.err('min repeat greater than max repeat', start + 1);
    }
    const last = items.length > 0 ? items[items.length - 1] : null;
    if (last === null || last.k === 'at') this.err('nothing to repeat', start);
    if (last.k === 'repeat') this.err('multiple repeat', start);
    let lazy = false, possessive = false;
    if (this.peek() === 63) { this.p++; lazy = true; }
    else if (this.peek() === 43) { this.p++; possessive = true; }
    items[items.length - 1] = { k: 'repeat', min, max, lazy, possessive, body: last };
    return true;
  }

  parseName(term: number, start: number): string {
    let name = '';
    for (;;) {
      const c = this.get();
      if (c === undefined) this.err(name === '' ? 'missing group name' : term === 62 ? 'missing >, unterminated name' : 'missing ), unterminated name', start);
      if (c === term) break;
      name += chr(c);
    }
    if (name === '') this.err('missing group name', start);
    if (!ID_RE.test(name)) this.err(`bad character in group name ${pyRepr(name)}`, start);
    // (3.11: a non-ASCII name in a bytes pattern is a DeprecationWarning, still accepted)
    if (this.isBytes && !/^[\x00-\x7f]*$/.test(name)) this.warnings.push(`bad character in group name ${asciiRepr(name)} at position ${start}`);
    return name;
  }

  parseGroup(start: number, nested: number, first: boolean): Node | null {
    let capture = true;
    let name: string | null = null;
    if (this.peek() === 63 /* ? */) {
      this.p++;
      const c = this.get();
      if (c === undefined) this.err('unexpected end of pattern', this.p);
      if (c === 80 /* P */) {
        const d = this.get();
        if (d === 60 /* < */) {
          name = this.parseName(62, this.p);
        } else if (d === 61 /* = */) {
          const at = this.p;
          const ref = this.parseName(41, at);
          const idx = this.names.get(ref);
          if (idx === undefined) this.err(`unknown group name ${this.isBytes ? asciiRepr(ref) : pyRepr(ref)}`, at);
          if (this.open.has(idx)) this.err('cannot refer to an open group', at);
          this.checkLookbehindRef(idx, at);
          return { k: 'backref', idx, i: this.ctx().i, ascii: this.ctx().ascii, pos: start };
        } else {
          if (d === undefined) this.err('unexpected end of pattern', this.p);
          this.err(`unknown extension ?P${chr(d)}`, start + 1);
        }
      } else if (c === 58 /* : */) {
        capture = false;
      } else if (c === 35 /* # */) {
        for (;;) {
          const d = this.get();
          if (d === undefined) this.err('missing ), unterminated comment', start);
          if (d === 41) return null;
        }
      } else if (c === 61 || c === 33 || c === 60) { // = ! <
        let behind = false;
        let kind = c;
        if (c === 60) {
          const d = this.get();
          if (d === undefined) this.err('unexpected end of pattern', this.p);
          if (d !== 61 && d !== 33) this.err(`unknown extension ?<${chr(d)}`, start + 1);
          behind = true;
          kind = d;
        }
        const saved = this.lookbehindGroups;
        if (behind && saved === null) this.lookbehindGroups = this.groups;
        const body = this.parseAlt(nested + 1, false);
        if (behind) this.lookbehindGroups = saved;
        if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
        this.p++;
        return { k: 'look', behind, neg: kind === 33, body };
      } else if (c === 40 /* ( */) {
        return this.parseConditional(start, nested);
      } else if (c === 62 /* > */) {
        const body = this.parseAlt(nested + 1, false);
        if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
        this.p++;
        return { k: 'atomic', body };
      } else if (FLAG_LETTERS[chr(c)] !== undefined || c === 45) {
        this.p--;
        const scoped = this.parseFlags(start);
        if (scoped === null) {
          if (!first) this.err('global flags not at the start of the expression', start);
          return null;
        }
        const saved = this.flags;
        // a type flag (a, u, L) given to the group replaces the enclosing one, as in CPython
        const base = (scoped.add & TYPE_FLAGS) !== 0 ? this.flags & ~TYPE_FLAGS : this.flags;
        this.flags = (base | scoped.add) & ~scoped.del;
        if (((scoped.add | scoped.del) & F_I) !== 0) this.hasScopedI = true;
        const body = this.parseAlt(nested + 1, false);
        this.flags = saved;
        if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
        this.p++;
        return { k: 'group', idx: 0, body };
      } else {
        this.err(`unknown extension ?${chr(c)}`, start + 1);
      }
    }
    let idx = 0;
    if (capture) {
      idx = ++this.groups;
      if (idx > MAXGROUPS) this.err('too many groups', start);
      if (name !== null) {
        const prev = this.names.get(name);
        if (prev !== undefined) this.err(`redefinition of group name ${pyRepr(name)} as group ${idx}; was group ${prev}`, start + 4);
        this.names.set(name, idx);
      }
      this.open.add(idx);
      this.parents[idx - 1] = this.openStack.length > 0 ? this.openStack[this.openStack.length - 1] : 0;
      this.openStack.push(idx);
    }
    const body = this.parseAlt(nested + 1, false);
    if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
    this.p++;
    if (capture) {
      this.open.delete(idx);
      this.openStack.pop();
      this.groupWidth.set(idx, widthOf(body, this.groupWidth));
    }
    return { k: 'group', idx, body };
  }

  /** `(?(name or number)yes|no)` after its `(?(`: CPython's checks, messages and positions. */
  parseConditional(start: number, nested: number): Node {
    const at = this.p;
    let name = '';
    for (;;) {
      const c = this.get();
      if (c === undefined) this.err(name === '' ? 'missing group name' : 'missing ), unterminated name', at);
      if (c === 41) break;
      name += chr(c);
    }
    if (name === '') this.err('missing group name', at);
    let idx: number;
    if (ID_RE.test(name)) {
      if (this.isBytes && !/^[\x00-\x7f]*$/.test(name)) this.warnings.push(`bad character in group name ${asciiRepr(name)} at position ${at}`);
      const g = this.names.get(name);
      if (g === undefined) this.err(`unknown group name ${this.isBytes ? asciiRepr(name) : pyRepr(name)}`, at);
      idx = g;
    } else {
      // what int() reads (spaces, a '+', '_' between digits, any decimal digits), with a
      // DeprecationWarning unless it is ASCII digits only, as CPython 3.11
      const v = intLike(name);
      if (v === null) this.err(`bad character in group name ${pyRepr(name)}`, at);
      if (!/^[0-9]+$/.test(name)) {
        const shown = this.isBytes ? asciiRepr(name) : pyRepr(name);
        this.warnings.push(`bad character in group name ${shown} at position ${at}`);
      }
      if (v === 0) this.err('bad group number', at);
      if (v >= MAXGROUPS) this.err(`invalid group reference ${v}`, at);
      idx = v;
      if (!this.condRefPos.has(idx)) this.condRefPos.set(idx, at);
    }
    this.checkLookbehindRef(idx, this.p);
    const yes = this.parseSeq(nested + 1, false);
    let no: Node[] | null = null;
    if (this.peek() === 124 /* | */) {
      this.p++;
      no = this.parseSeq(nested + 1, false);
      if (this.peek() === 124) this.err('conditional backref with more than two branches', this.p);
    }
    if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
    this.p++;
    return { k: 'cond', idx, yes, no };
  }

  checkLookbehindRef(idx: number, at: number): void {
    this.hasBackref = true;
    if (this.lookbehindGroups !== null && idx > this.lookbehindGroups) {
      this.err('cannot refer to group defined in the same lookbehind subpattern', at);
    }
  }

  parseFlags(start: number): { add: number; del: number } | null {
    let add = 0, del = 0;
    let c = this.get() as number;
    if (c !== 45) {
      for (;;) {
        const ch = chr(c);
        if (ch === 'L' && !this.isBytes) this.err("bad inline flags: cannot use 'L' flag with a str pattern", this.p);
        if (ch === 'u' && this.isBytes) this.err("bad inline flags: cannot use 'u' flag with a bytes pattern", this.p);
        const f = FLAG_LETTERS[ch];
        add |= f;
        if ((f & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== f) this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", this.p);
        const d = this.get();
        if (d === undefined) this.err('missing -, : or )', this.p);
        c = d;
        if (c === 41 || c === 45 || c === 58) break;
        if (FLAG_LETTERS[chr(c)] === undefined) {
          this.err(/\p{L}/u.test(chr(c)) ? 'unknown flag' : 'missing -, : or )', this.p - 1);
        }
      }
    }
    if (c === 41) {
      this.flags |= add;
      return null;
    }
    if (c === 45) {
      const d = this.get();
      if (d === undefined) this.err('missing flag', this.p);
      c = d;
      if (FLAG_LETTERS[chr(c)] === undefined) this.err(/\p{L}/u.test(chr(c)) ? 'unknown flag' : 'missing flag', this.p - 1);
      for (;;) {
        const f = FLAG_LETTERS[chr(c)];
        if ((f & TYPE_FLAGS) !== 0) this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.p);
        del |= f;
        const e = this.get();
        if (e === undefined) this.err('missing :', this.p);
        c = e;
        if (c === 58) break;
        if (FLAG_LETTERS[chr(c)] === undefined) this.err(/\p{L}/u.test(chr(c)) ? 'unknown flag' : 'missing :', this.p - 1);
      }
    }
    if ((add & del) !== 0) this.err('bad inline flags: flag turned on and off', this.p - 1);
    void start;
    return { add, del };
  }

  parseClass(start: number): Node {
    const ctx = this.ctx();
    const items: ClassItem[] = [];
    let neg = false;
    // (sre_parse's FutureWarnings for syntax a later version may read as set operations; lib/re
    // issues the "Possible ..." messages as FutureWarning)
    if (this.peek() === 91) this.warnings.push(`Possible nested set at position ${this.p}`);
    if (this.peek() === 94) { this.p++; neg = true; }
    let firstItem = true;
    for (;;) {
      const here = this.p;
      const c = this.get();
      if (c === undefined) this.err('unterminated character set', start);
      if (c === 93 && !firstItem) break;
      firstItem = false;
      let lo: ClassItem;
      if (c === 92) lo = this.classEscape(here);
      else {
        if (items.length > 0 && (c === 45 || c === 38 || c === 126 || c === 124) && this.peek() === c) {
          const kind = c === 45 ? 'difference' : c === 38 ? 'intersection' : c === 126 ? 'symmetric difference' : 'union';
          this.warnings.push(`Possible set ${kind} at position ${here}`);
        }
        lo = { k: 'range', lo: c, hi: c };
      }
      if (this.peek() === 45 /* - */) {
        this.p++;
        const c2 = this.get();
        if (c2 === undefined) this.err('unterminated character set', start);
        if (c2 === 93) {
          items.push(lo, { k: 'range', lo: 45, hi: 45 });
          break;
        }
        let hi: ClassItem;
        if (c2 === 92) hi = this.classEscape(this.p - 1);
        else {
          if (c2 === 45) this.warnings.push(`Possible set difference at position ${this.p - 2}`);
          hi = { k: 'range', lo: c2, hi: c2 };
        }
        if (lo.k === 'cat' || hi.k === 'cat') {
          this.err(`bad character range ${chrs(this.src, here, this.p)}`, here);
        }
        if (hi.lo < lo.lo) this.err(`bad character range ${chrs(this.src, here, this.p)}`, here);
        items.push({ k: 'range', lo: lo.lo, hi: hi.lo });
      } else {
        items.push(lo);
      }
    }
    for (const it of items) {
      if (it.k === 'range') {
        if (it.lo === it.hi) this.noteCased(it.lo);
        else if (it.hi > 127) this.nonAsciiCased = true;
      }
    }
    return { k: 'class', neg, items, i: ctx.i, ascii: ctx.ascii };
  }

  /** Escapes shared by classes and the outside: returns a code point, or null when not one. */
  commonEscape(c: number, here: number): number | null {
    switch (c) {
      case 97: return 7;
      case 102: return 12;
      case 110: return 10;
      case 114: return 13;
      case 116: return 9;
      case 118: return 11;
      case 92: return 92;
      case 120: { // \x
        let h = '';
        while (h.length < 2 && isHex(this.peek())) h += chr(this.get() as number);
        if (h.length !== 2) this.err(`incomplete escape \\x${h}`, here);
        return parseInt(h, 16);
      }
      case 117: case 85: { // \u \U
        if (this.isBytes) return null;
        const n = c === 117 ? 4 : 8;
        let h = '';
        while (h.length < n && isHex(this.peek())) h += chr(this.get() as number);
        if (h.length !== n) this.err(`incomplete escape \\${chr(c)}${h}`, here);
        const v = parseInt(h, 16);
        if (v > 0x10ffff) this.err(`bad escape \\${chr(c)}${h}`, here);
        return v;
      }
      case 78: { // \N{...} (sre_parse's messages and positions)
        if (this.isBytes) return null;
        if (this.peek() !== 123) this.err('missing {', this.p);
        this.p++;
        const at = this.p;
        let name = '';
        for (;;) {
          const c2 = this.get();
          if (c2 === undefined) this.err(name === '' ? 'missing character name' : 'missing }, unterminated name', at);
          if (c2 === 125) {
            if (name === '') this.err('missing character name', at);
            break;
          }
          name += chr(c2);
        }
        const cp = name.length > 256 ? undefined : lookupUnicodeName(name);
        if (cp === undefined) this.err(`undefined character name ${pyRepr(name)}`, here);
        return cp;
      }
    }
    return null;
  }

  classEscape(here: number): ClassItem {
    const c = this.get();
    if (c === undefined) this.err('bad escape (end of pattern)', here);
    const v = this.commonEscape(c, here);
    if (v !== null) return { k: 'range', lo: v, hi: v };
    if (c === 98) return { k: 'range', lo: 8, hi: 8 };
    const ch = chr(c);
    if ('dDsSwW'.includes(ch)) return { k: 'cat', c: ch };
    if (isOct(c)) {
      let s = ch;
      while (s.length < 3 && isOct(this.peek())) s += chr(this.get() as number);
      const n = parseInt(s, 8);
      if (n > 0o377) this.err(`octal escape value \\${s} outside of range 0-0o377`, here);
      return { k: 'range', lo: n, hi: n };
    }
    if (isDigit(c) || isAsciiLetter(c)) this.err(`bad escape \\${ch}`, here);
    return { k: 'range', lo: c, hi: c };
  }

  parseEscape(here: number): Node {
    const ctx = this.ctx();
    const c = this.get();
    if (c === undefined) this.err('bad escape (end of pattern)', here);
    const v = this.commonEscape(c, here);
    if (v !== null) { this.noteCased(v); return { k: 'lit', c: v, i: ctx.i, ascii: ctx.ascii }; }
    const ch = chr(c);
    if (ch === 'A' || ch === 'Z' || ch === 'b' || ch === 'B') return { k: 'at', c: ch, m: ctx.m, ascii: ctx.ascii };
    if ('dDsSwW'.includes(ch)) return { k: 'cat', c: ch, ascii: ctx.ascii };
    if (c === 48) { // \0
      let s = '';
      while (s.length < 2 && isOct(this.peek())) s += chr(this.get() as number);
      return { k: 'lit', c: s === '' ? 0 : parseInt(s, 8), i: ctx.i, ascii: ctx.ascii };
    }
    if (isDigit(c)) {
      // octal escape of three digits, else a group reference of one or two digits
      if (isDigit(this.peek())) {
        const c2 = this.peek() as number;
        if (isOct(c) && isOct(c2) && isOct(this.src[this.p + 1])) {
          this.p += 2;
          const s = chr(c) + chr(c2) + chr(this.src[this.p - 1]);
          const n = parseInt(s, 8);
          if (n > 0o377) this.err(`octal escape value \\${s} outside of range 0-0o377`, here);
          this.noteCased(n);
          return { k: 'lit', c: n, i: ctx.i, ascii: ctx.ascii };
        }
        this.p++;
      }
      const num = Number(chrs(this.src, here + 1, this.p));
      if (num <= this.groups) {
        if (this.open.has(num)) this.err('cannot refer to an open group', here);
        this.checkLookbehindRef(num, here);
        return { k: 'backref', idx: num, i: ctx.i, ascii: ctx.ascii, pos: here };
      }
      this.err(`invalid group reference ${num}`, here + 1);
    }
    if (isAsciiLetter(c)) this.err(`bad escape \\${ch}`, here);
    this.noteCased(c);
    return { k: 'lit', c, i: ctx.i, ascii: ctx.ascii };
  }
}

/** Thrown for CPython's OverflowError (not a re.error). */
export class OverflowSignal {
  constructor(public msg: string) {}
}

function chrs(src: number[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += chr(src[i]);
  return s;
}

/** Python's repr() of a str (enough for group names: printable text). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** The value int(text) gives for a non-negative decimal (None -> null), or null. */
function intLike(text: string): number | null {
  const t = text.replace(/^[\s]+|[\s]+$/gu, '');
  if (!/^\+?\p{Nd}(?:_?\p{Nd})*$/u.test(t)) return null;
  let v = 0;
  for (const ch of t) {
    if (ch === '+' || ch === '_') continue;
    v = v * 10 + digitValue(ch.codePointAt(0) as number);
  }
  return v;
}

/** The value of a Unicode decimal digit: runs of Nd characters are consecutive from 0. */
function digitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  let base = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(base - 1))) base--;
  return (cp - base) % 10;
}

/** Python's ascii() of a str. */
function asciiRepr(s: string): string {
  return pyRepr(s).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0) as number;
    return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
  });
}

export function widthOf(alt: Alt, gw: Map<number, [number, number]>): [number, number] {
  let lo = Infinity, hi = 0;
  for (const br of alt.branches) {
    let a = 0, b = 0;
    for (const n of br) {
      const [x, y] = nodeWidth(n, gw);
      a += x; b += y;
    }
    lo = Math.min(lo, a); hi = Math.max(hi, b);
  }
  return [lo === Infinity ? 0 : lo, hi];
}

function nodeWidth(n: Node, gw: Map<number, [number, number]>): [number, number] {
  switch (n.k) {
    case 'lit': case 'any': case 'class': case 'cat': return [1, 1];
    case 'at': case 'look': return [0, 0];
    case 'group': case 'atomic': return widthOf(n.body, gw);
    case 'backref': return gw.get(n.idx) ?? [0, Infinity];
    case 'cond': {
      const y = widthOf({ k: 'alt', branches: [n.yes] }, gw);
      const o = widthOf({ k: 'alt', branches: [n.no ?? []] }, gw);
      return [Math.min(y[0], o[0]), Math.max(y[1], o[1])];
    }
    case 'repeat': {
      const [x, y] = nodeWidth(n.body, gw);
      return [x * n.min, y === 0 ? 0 : y * n.max];
    }
  }
}

/** `mapped`: the text's lone surrogates are written as str_core's strJsMapped writes them
 *  (U+10F800 + (c - 0xD800)): they are read back as themselves. */
const LONE_BASE = 0x10f800; // (str_core.ts's)
export function parsePattern(pattern: string, flags: number, isBytes: boolean, mapped = false): Parsed {
  const src = Array.from(pattern, (ch) => ch.codePointAt(0) as number);
  if (mapped) for (let i = 0; i < src.length; i++) if (src[i] >= LONE_BASE) src[i] = src[i] - LONE_BASE + 0xd800;
  const p = new Parser(src, flags, isBytes);
  let tree = p.parse();
  if ((p.flags & F_X) !== 0 && (flags & F_X) === 0) {
    // (?x) at the start: parse again with verbose from the beginning
    const q = new Parser(src, p.flags, isBytes);
    tree = q.parse();
    return finish(q, tree, isBytes);
  }
  return finish(p, tree, isBytes);
}

/** sre_compile's look-behind checks (both matchers need them): a fixed width below 2**32. */
function checkLookbehinds(alt: Alt, gw: Map<number, [number, number]>): void {
  const visit = (n: Node): void => {
    switch (n.k) {
      case 'look':
        if (n.behind) {
          const [lo, hi] = widthOf(n.body, gw);
          if (lo > 4294967295) throw new ReError('looks too much behind', null);
          if (lo !== hi) throw new ReError('look-behind requires fixed-width pattern', null);
        }
        checkLookbehinds(n.body, gw);
        return;
      case 'group': case 'atomic': checkLookbehinds(n.body, gw); return;
      case 'repeat': visit(n.body); return;
      case 'cond': n.yes.forEach(visit); n.no?.forEach(visit); return;
      default: return;
    }
  };
  for (const br of alt.branches) br.forEach(visit);
}

function finish(p: Parser, tree: Alt, isBytes: boolean): Parsed {
  checkLookbehinds(tree, p.groupWidth);
  let flags = p.flags;
  if (!isBytes && (flags & F_A) === 0) flags |= F_U;
  return { tree, groups: p.groups, names: p.names, flags, hasScopedI: p.hasScopedI, nonAsciiCased: p.nonAsciiCased, hasBackref: p.hasBackref, groupWidth: p.groupWidth, parents: p.parents, warnings: p.warnings };
}

// ── emission ──

const U_SPACE = '\\u{9}-\\u{d}\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const A_SPACE = '\\u{9}-\\u{d}\\u{20}';
const U_WORD = '\\p{L}\\p{N}_';
const A_WORD = 'a-zA-Z0-9_';

function lit(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

export function catSet(c: string, ascii: boolean): string {
  switch (c) {
    case 'd': return ascii ? '0-9' : '\\p{Nd}';
    case 'D': return ascii ? '[^0-9]' : '\\P{Nd}';
    case 'w': return ascii ? A_WORD : U_WORD;
    case 'W': return `[^${ascii ? A_WORD : U_WORD}]`;
    case 's': return ascii ? A_SPACE : U_SPACE;
    default: return `[^${ascii ? A_SPACE : U_SPACE}]`;
  }
}

let foldTable: Map<number, number[]> | null = null;

/** Every code point whose lower case equals c's lower case (built on first use). */
function caseVariants(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 65 && c <= 90) return [c, c + 32];
    if (c >= 97 && c <= 122) return [c, c - 32];
    return [c];
  }
  if (foldTable === null) {
    // union of each code point with its simple lower and upper case (one code point each)
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
      return r;
    };
    const join = (x: number, y: number): void => {
      const rx = find(x), ry = find(y);
      if (rx !== ry) parent.set(rx, ry);
      if (!parent.has(ry)) parent.set(ry, ry);
    };
    for (let x = 0; x < 0x20000; x++) {
      if (x >= 0xd800 && x < 0xe000) continue;
      const ch = String.fromCodePoint(x);
      for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
        if (v === ch) continue;
        const cps = Array.from(v);
        if (cps.length === 1) join(x, cps[0].codePointAt(0) as number);
      }
    }
    const groups = new Map<number, number[]>();
    for (const x of parent.keys()) {
      const r = find(x);
      let g = groups.get(r);
      if (g === undefined) { g = []; groups.set(r, g); }
      g.push(x);
    }
    foldTable = new Map();
    for (const g of groups.values()) {
      g.sort((x, y) => x - y);
      for (const x of g) foldTable.set(x, g);
    }
  }
  return foldTable.get(c) ?? [c];
}

interface EmitState {
  jsGroups: number;
  groupMap: number[];
  manualI: boolean;
  isBytes: boolean;
  groupAnc: Map<number, Anc[]>;
  groupWidth: Map<number, [number, number]>;
  hasLazyOrAlt: boolean;
  closed: Set<number>;          // Python groups whose ')' was emitted
}

/** Where a node sits: its optional ancestors (for backreferences) and enclosing repeats. */
interface Where { anc: Anc[]; inMulti: boolean; optMulti: boolean; behind: boolean; emptyIter?: boolean }

/** A construct the JS translation cannot run with CPython's meaning: re_native.ts then runs the
 *  pattern on the backtracking matcher (re_backtrack_*.ts) instead. */
export class NeedsBacktracker extends ReError {}

function unsupported(what: string): never {
  throw new NeedsBacktracker(`JavaScript RegExp cannot run ${what}`, null);
}

export interface Emitted {
  source: string;
  flags: string;       // JS flags besides d/g/y
  groupMap: number[];  // Python group i -> JS group index
  jsGroups: number;
  hasLazyOrAlt: boolean;
}

export function emitPattern(ps: Parsed, isBytes: boolean, firstGroup: number): Emitted {
  const globalI = (ps.flags & F_I) !== 0;
  const unicode = !isBytes && (ps.flags & F_A) === 0;
  // ASCII and bytes patterns fold only ASCII letters (JS would also fold 'ſ' to 's', 'é' to 'É'):
  // they are expanded by hand, as are patterns with scoped (?i:...) / (?-i:...) groups.
  const useJsI = globalI && !ps.hasScopedI && unicode;
  const st: EmitState = {
    jsGroups: firstGroup, groupMap: [0], manualI: !useJsI, isBytes, groupAnc: new Map(), groupWidth: ps.groupWidth, hasLazyOrAlt: false,
    closed: new Set(),
  };
  const source = emitAlt(ps.tree, st, { anc: [], inMulti: false, optMulti: false, behind: false });
  return { source, flags: useJsI ? 'iv' : 'v', groupMap: st.groupMap, jsGroups: st.jsGroups, hasLazyOrAlt: st.hasLazyOrAlt };
}

function emitAlt(alt: Alt, st: EmitState, w: Where): string {
  if (alt.branches.length === 1) return alt.branches[0].map((n) => emitNode(n, st, w)).join('');
  st.hasLazyOrAlt = true;
  return alt.branches.map((br) => {
    const wb: Where = { anc: [...w.anc, { opt: true }], inMulti: w.inMulti, optMulti: w.optMulti || w.inMulti, behind: w.behind };
    return br.map((n) => emitNode(n, st, wb)).join('');
  }).join('|');
}

function classBody(items: ClassItem[], ascii: boolean, fold: boolean): string {
  let out = '';
  for (const it of items) {
    if (it.k === 'cat') { out += catSet(it.c, ascii); continue; }
    out += it.lo === it.hi ? lit(it.lo) : `${lit(it.lo)}-${lit(it.hi)}`;
    if (fold) {
      const top = ascii ? Math.min(it.hi, 127) : Math.min(it.hi, 0x1ffff);
      const extra = new Set<number>();
      for (let c = it.lo; c <= top; c++) for (const v of caseVariants(c, ascii)) if (v < it.lo || v > it.hi) extra.add(v);
      for (const v of extra) out += lit(v);
    }
  }
  return out;
}

function quant(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (max === Infinity) return `{${min},}`;
  if (min === max) return `{${min}}`;
  return `{${min},${max}}`;
}

function emitNode(n: Node, st: EmitState, w: Where): string {
  switch (n.k) {
    case 'lit': {
      if (n.i && st.manualI) {
        const vs = caseVariants(n.c, n.ascii === true);
        if (vs.length > 1) return `[${vs.map(lit).join('')}]`;
      }
      return lit(n.c);
    }
    case 'any': return n.s ? '[\\s\\S]' : '[^\\n]';
    case 'class': return `[${n.neg ? '^' : ''}${classBody(n.items, n.ascii, n.i && st.manualI)}]`;
    case 'cat': {
      const s = catSet(n.c, n.ascii);
      return s.startsWith('[') || s.startsWith('\\P') ? s : `[${s}]`;
    }
    case 'at': {
      const W = `[${n.ascii ? A_WORD : U_WORD}]`;
      switch (n.c) {
        case 'bol': return n.m ? '(?<![^\\n])' : '(?<![\\s\\S])';
        case 'eol': return n.m ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
        case 'A': return '(?<![\\s\\S])';
        case 'Z': return '(?![\\s\\S])';
        case 'b': return `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
        default: return `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
      }
    }
    case 'group': {
      if (n.idx === 0) return `(?:${emitAlt(n.body, st, w)})`;
      if (w.emptyIter) unsupported('a capture group inside a repeat whose body can match the empty string (JavaScript drops the last empty iteration, CPython keeps it)');
      if (w.optMulti) unsupported('a capture group that may be skipped in some repetitions of an enclosing repeat (JavaScript resets it, CPython keeps the last value)');
      st.groupMap[n.idx] = ++st.jsGroups;
      st.groupAnc.set(n.idx, w.anc);
      const body = emitAlt(n.body, st, w);
      st.closed.add(n.idx);
      return `(${body})`;
    }
    case 'cond': {
      // CPython tests whether the group has a value now. Known statically when the group is
      // not closed yet here (no value: outside a repeat) or surely participated (as for
      // backreferences); otherwise the backtracking matcher tests it at run time.
      st.hasLazyOrAlt = true;
      const wb: Where = { anc: [...w.anc, { opt: true }], inMulti: w.inMulti, optMulti: w.optMulti || w.inMulti, behind: w.behind };
      const yes = (): string => n.yes.map((x) => emitNode(x, st, wb)).join('');
      const no = (): string => (n.no ?? []).map((x) => emitNode(x, st, wb)).join('');
      if (!st.closed.has(n.idx)) {
        if (w.inMulti) unsupported('a conditional group inside a repeat that tests a group not closed before it');
        return `(?:${no()})`;
      }
      const ga = st.groupAnc.get(n.idx) ?? [];
      let k = 0;
      while (k < ga.length && k < w.anc.length && ga[k] === w.anc[k]) k++;
      let sure = true;
      for (let q = k; q < ga.length; q++) if (ga[q].opt) sure = false;
      if (sure) return `(?:${yes()})`;
      return unsupported('a conditional group testing a group that may not have participated in the match');
    }
    case 'atomic': {
      if (w.behind) unsupported('atomic groups inside a look-behind');
      const j = ++st.jsGroups;
      return `(?=(${emitAlt(n.body, st, w)}))\\${j}`;
    }
    case 'look': {
      // JS tries a look-behind at every position, also before its width, where sre fails at once
      if (n.behind && widthOf(n.body, st.groupWidth)[0] > 1000) unsupported('a look-behind wider than 1000 characters (quadratic in JS)');
      const wl: Where = n.neg ? { ...w, anc: [...w.anc, { opt: true }], behind: w.behind || n.behind } : { ...w, behind: w.behind || n.behind };
      return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${emitAlt(n.body, st, wl)})`;
    }
    case 'backref': {
      // (JS compares case-folded text: 's' equals 'ſ' there; CPython compares simple lower cases)
      if (n.i) unsupported('a backreference with IGNORECASE');
      const ga = st.groupAnc.get(n.idx) ?? [];
      let k = 0;
      while (k < ga.length && k < w.anc.length && ga[k] === w.anc[k]) k++;
      for (let q = k; q < ga.length; q++) {
        if (ga[q].opt) unsupported('a backreference to a group that may not have participated in the match (JavaScript matches it as empty)');
      }
      return `(?:\\${st.groupMap[n.idx]})`;
    }
    case 'repeat': {
      if (n.lazy) st.hasLazyOrAlt = true;
      const q = quant(n.min, n.max);
      const wb: Where = {
        anc: n.min === 0 ? [...w.anc, { opt: true }] : w.anc,
        inMulti: w.inMulti || n.max > 1,
        optMulti: w.optMulti || (w.inMulti && n.min === 0),
        behind: w.behind,
        emptyIter: w.emptyIter === true || (n.max > n.min && n.max > 1 && nodeWidth(n.body, st.groupWidth)[0] === 0),
      };
      if (n.possessive) {
        if (w.behind) unsupported('possessive quantifiers inside a look-behind');
        const j = ++st.jsGroups;
        return `(?=((?:${emitNode(n.body, st, wb)})${q}))\\${j}`;
      }
      return `(?:${emitNode(n.body, st, wb)})${q}${n.lazy ? '?' : ''}`;
    }
  }
}
