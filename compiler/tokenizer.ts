// Python 3.11 tokenizer, behaving like CPython's C tokenizer (Parser/tokenizer.c): the token
// stream the parser consumes, plus COMMENT/NL tokens on request for `--dump tokens`, and with
// `typeComments` (ast.parse(type_comments=True)) TYPE_COMMENT tokens and the `# type: ignore` list.
// Positions: lineno 1-based; col_offset/end_col_offset are UTF-8 byte columns (AST positions);
// col/end_col are code-point columns (tokenize module, error carets); start/end index the source.
// Errors are PySyntaxError with CPython's message and location. The source is already decoded
// and its newlines normalised to \n (compiler/source.ts).
import { addWarning } from './warnings';
import { PySyntaxError } from './errors';
import { isPrintable, isXidContinue, isXidStart } from './unicode_props';

export enum TokenType { ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL, ERRORTOKEN, TYPE_COMMENT }

/** A `# type: ignore` comment: its line and what follows "ignore" (CPython's TYPE_IGNORE). */
export interface TypeIgnoreComment { lineno: number; tag: string }

export interface Token {
  type: TokenType;
  string: string;
  lineno: number; col_offset: number;
  end_lineno: number; end_col_offset: number;
  col: number; end_col: number;
  start: number; end: number;
}

/**
 * The length of the operator at src[p] (c is its first unit): the longest of
 * 3: **= //= >>= <<= ...   2: != %= &= ** *= += -= -> // /= := << <= == >= >> @= ^= |=
 * 1: % & ( ) * + , - . / : ; < = > @ [ ] ^ { | } ~   or 0 (no operator; a lone '!' included).
 * By character codes: slicing candidates to look them up in sets cost two strings per token.
 */
function operatorLength(src: string, p: number, c: number): number {
  const c1 = src.charCodeAt(p + 1); // NaN past the end: matches nothing
  switch (c) {
    case 40: case 41: case 44: case 59: case 91: case 93: case 123: case 125: case 126: // ( ) , ; [ ] { } ~
      return 1;
    case 37: case 38: case 64: case 94: case 124: case 43: // % & @ ^ | +
      return c1 === 61 ? 2 : 1;
    case 61: // = ==
      return c1 === 61 ? 2 : 1;
    case 33: // !=
      return c1 === 61 ? 2 : 0;
    case 58: // : :=
      return c1 === 61 ? 2 : 1;
    case 45: // - -= ->
      return c1 === 61 || c1 === 62 ? 2 : 1;
    case 46: // . ...
      return c1 === 46 && src.charCodeAt(p + 2) === 46 ? 3 : 1;
    case 42: case 47: // * *= ** **=   / /= // //=
      if (c1 === c) return src.charCodeAt(p + 2) === 61 ? 3 : 2;
      return c1 === 61 ? 2 : 1;
    case 60: case 62: // < <= << <<=   > >= >> >>=
      if (c1 === c) return src.charCodeAt(p + 2) === 61 ? 3 : 2;
      return c1 === 61 ? 2 : 1;
    default:
      return 0;
  }
}
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const NON_ASCII = /[^\x00-\x7f]/;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;


/** NFKC-normalises a non-ASCII identifier, as CPython does for NAME tokens. */
export function normalizeIdentifier(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return s.normalize('NFKC');
  return s;
}

function isPotentialIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdChar(c: number): boolean {
  return isPotentialIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

class Tokenizer {
  readonly tokens: Token[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  // byte and code point columns of lineStart..pos are computed on demand per line
  private lineIsAscii = true;
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private parens: { ch: string; line: number; pos: number }[] = [];
  private atBol = true;
  private contLine = false;
  /** No line needs its byte columns computed (most files): one native regex scan decides. */
  private readonly allAscii: boolean;

  /** With typeComments: the `# type: ignore` comments, in order (they are not tokens). */
  readonly typeIgnores: TypeIgnoreComment[] = [];

  constructor(private readonly src: string, private readonly filename: string, private readonly comments: boolean, private readonly typeComments = false) {
    this.allAscii = !NON_ASCII.test(src);
  }

  private lineText(lineStart: number): string {
    const nl = this.src.indexOf('\n', lineStart);
    return nl < 0 ? this.src.slice(lineStart) : this.src.slice(lineStart, nl + 1);
  }

  private lineStartOf(index: number): number {
    return this.src.lastIndexOf('\n', index - 1) + 1;
  }

  private lineNumberOf(index: number): number {
    let n = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < index; i = this.src.indexOf('\n', i + 1)) n++;
    return n;
  }

  /** Code-point column of `index` on the line starting at `ls`. */
  private cpCol(ls: number, index: number): number {
    let n = 0;
    for (let i = ls; i < index; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < index) i++;
      n++;
    }
    return n;
  }

  private byteCol(ls: number, index: number): number {
    let n = 0;
    for (let i = ls; i < index; i++) {
      const c = this.src.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < index) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  error(msg: string, index: number, endIndex = -1, kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', lineOverride = -1): never {
    throw this.syntaxError(msg, index, endIndex, kind, lineOverride);
  }
  private syntaxError(msg: string, index: number, endIndex = -1, kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', lineOverride = -1): PySyntaxError {
    const ls = this.lineStartOf(index);
    const lineno = lineOverride > 0 ? lineOverride : this.lineNumberOf(index);
    const text = this.lineText(ls);
    const offset = this.cpCol(ls, index) + 1;
    let endOffset = endIndex >= 0 ? this.cpCol(ls, endIndex) + 1 : offset;
    if (endIndex < 0) endOffset = offset;
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, text, lineno, endOffset);
  }

  /** The line of the bracket that the end of the source left open (after that error). */
  unclosedLine = 0;

  /** After an error: the tokens so far and an ENDMARKER at the point where it stopped. */
  stoppedTokens(): Token[] {
    const at = Math.min(this.pos, this.src.length);
    const ls = Math.min(this.lineStart, at);
    const col = this.cpCol(ls, at);
    const bcol = this.byteCol(ls, at);
    this.tokens.push({
      type: TokenType.ENDMARKER, string: '', lineno: this.line, col_offset: bcol, end_lineno: this.line,
      end_col_offset: bcol, col, end_col: col, start: at, end: at,
    });
    return this.tokens;
  }

  private push(type: TokenType, start: number, end: number, startLine: number, startLs: number): void {
    const src = this.src;
    const endLs = this.lineStart;
    const ascii = this.lineIsAscii && startLs === endLs;
    const col = ascii ? start - startLs : this.cpCol(startLs, start);
    const bcol = ascii ? col : this.byteCol(startLs, start);
    const ecol = ascii ? end - endLs : this.cpCol(endLs, end);
    const ebcol = ascii ? ecol : this.byteCol(endLs, end);
    this.tokens.push({
      type, string: src.slice(start, end), lineno: startLine, col_offset: bcol, end_lineno: this.line,
      end_col_offset: ebcol, col, end_col: ecol, start, end,
    });
  }

  private newLine(at: number): void {
    // `at` is the index just after a '\n'
    this.line++;
    this.lineStart = at;
    this.lineIsAscii = true;
    if (this.allAscii) return;
    const nl = this.src.indexOf('\n', at);
    const stop = nl < 0 ? this.src.length : nl;
    for (let i = at; i < stop; i++) if (this.src.charCodeAt(i) > 127) { this.lineIsAscii = false; break; }
  }

  run(): Token[] {
    const src = this.src;
    const n = src.length;
    // first line ascii check
    this.lineStart = 0;
    this.line = 1;
    {
      const nl = src.indexOf('\n');
      const stop = nl < 0 ? n : nl;
      for (let i = 0; i < stop; i++) if (src.charCodeAt(i) > 127) { this.lineIsAscii = false; break; }
    }
    for (;;) {
      if (this.atBol) {
        this.atBol = false;
        if (this.handleIndentation()) continue;
      }
      let p = this.pos;
      // skip spaces, tabs, form feeds
      while (p < n) {
        const c = src.charCodeAt(p);
        if (c === 32 || c === 9 || c === 12) p++;
        else break;
      }
      this.pos = p;
      if (p >= n) return this.finish();
      const c = src.charCodeAt(p);
      const startLine = this.line;
      const startLs = this.lineStart;
      if (c === 35) { // '#'
        let e = src.indexOf('\n', p);
        if (e < 0) e = n;
        if (this.comments) this.push(TokenType.COMMENT, p, e, startLine, startLs);
        else if (this.typeComments) this.typeComment(p, e, startLine, startLs);
        this.pos = e;
        continue;
      }
      if (c === 10) { // newline
        const blank = this.parens.length > 0 || this.lastIsNewlineLike();
        if (blank) {
          if (this.comments) this.push(TokenType.NL, p, p + 1, startLine, startLs);
        } else {
          this.push(TokenType.NEWLINE, p, p + 1, startLine, startLs);
        }
        this.pos = p + 1;
        this.newLine(p + 1);
        if (this.parens.length === 0) this.atBol = true;
        continue;
      }
      if (c === 92) { // backslash continuation
        const nl = p + 1 < n && src.charCodeAt(p + 1) === 10;
        // (at the very end too: CPython's tokenizer gives a source a final newline)
        if (nl || p + 1 >= n) {
          this.pos = nl ? p + 2 : p + 1;
          if (nl) this.newLine(p + 2);
          // at the end, an open parenthesis is reported by the end of input ("never closed")
          if (this.pos >= n && this.parens.length === 0) this.error('unexpected EOF while parsing', p + 1);
          continue;
        }
        this.error('unexpected character after line continuation character', p + 1);
      }
      if (isPotentialIdStart(c)) {
        let q = p + 1;
        let ascii = c < 128;
        for (; q < n; q++) {
          const d = src.charCodeAt(q);
          if (d >= 128) ascii = false;
          else if (!isPotentialIdChar(d)) break;
        }
        // a string prefix (r, b, f, u and their pairs) right before a quote
        if (q - p <= 2 && q < n) {
          const d = src.charCodeAt(q);
          if ((d === 39 || d === 34) && isStringPrefix(src.slice(p, q))) {
            this.readString(p, q, startLine, startLs);
            continue;
          }
        }
        if (!ascii) this.checkIdentifier(p, q);
        this.pos = q;
        this.push(TokenType.NAME, p, q, startLine, startLs);
        continue;
      }
      if (isDigit(c) || (c === 46 && p + 1 < n && isDigit(src.charCodeAt(p + 1)))) {
        this.readNumber(p, startLine, startLs);
        continue;
      }
      if (c === 39 || c === 34) {
        this.readString(p, p, startLine, startLs);
        continue;
      }
      // operators
      const len = operatorLength(src, p, c);
      if (len === 0) {
        if (c > 32 && c < 127) {
          // '$', '?', '`', a lone '!': CPython's tokenizer passes them on and its parser
          // reports "invalid syntax" there
          this.push(TokenType.ERRORTOKEN, p, p + 1, startLine, startLs);
          this.pos = p + 1;
          continue;
        }
        this.invalidCharacter(p);
      }
      const op = src.slice(p, p + len);
      if (len === 1) {
        if (op === '(' || op === '[' || op === '{') {
          if (this.parens.length >= MAXLEVEL) this.error('too many nested parentheses', p);
          this.parens.push({ ch: op, line: this.line, pos: p });
        } else if (op === ')' || op === ']' || op === '}') {
          const top = this.parens.pop();
          if (!top) this.error(`unmatched '${op}'`, p);
          if (top.ch !== CLOSERS[op]) {
            if (top.line !== this.line) {
              this.error(`closing parenthesis '${op}' does not match opening parenthesis '${top.ch}' on line ${top.line}`, p);
            }
            this.error(`closing parenthesis '${op}' does not match opening parenthesis '${top.ch}'`, p);
          }
        }
      }
      this.pos = p + len;
      this.push(TokenType.OP, p, p + len, startLine, startLs);
    }
  }

  /**
   * A comment `#`, spaces or tabs, `type:`, spaces or tabs, then text (CPython's
   * type_comment_prefix "# type: "): "ignore" followed by the end or an ASCII non-alphanumeric
   * character is a type ignore (recorded with the rest as its tag, no token: the newline after it
   * decides NEWLINE or NL as for any comment); anything else is a TYPE_COMMENT token of the text
   * after the prefix, to the end of the line. On a line of its own it is followed by a NEWLINE and
   * sets no indentation, as CPython's tokenizer does.
   */
  private typeComment(p: number, e: number, startLine: number, startLs: number): void {
    const src = this.src;
    let i = p + 1;
    while (i < e && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9)) i++;
    if (!src.startsWith('type:', i)) return;
    i += 5;
    while (i < e && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9)) i++;
    if (src.startsWith('ignore', i) && i + 6 <= e) {
      const after = i + 6 < e ? src.charCodeAt(i + 6) : -1;
      const alnum = after >= 128 || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
      if (!alnum) {
        this.typeIgnores.push({ lineno: startLine, tag: src.slice(i + 6, e) });
        return;
      }
    }
    this.push(TokenType.TYPE_COMMENT, i, e, startLine, startLs);
  }

  /** CPython reports TabError at column 0 of the offending line, with no end. */
  private tabError(): never {
    const ls = this.lineStart;
    throw new PySyntaxError('TabError', 'inconsistent use of tabs and spaces in indentation', this.filename, this.line, 1, this.lineText(ls), this.line, 0);
  }

  private lastIsNewlineLike(): boolean {
    // a newline right after a NEWLINE/INDENT/DEDENT or at file start is a blank line (NL)
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      const t = this.tokens[i].type;
      if (t === TokenType.COMMENT || t === TokenType.NL) continue;
      return t === TokenType.NEWLINE || t === TokenType.INDENT || t === TokenType.DEDENT;
    }
    return true;
  }

  private invalidCharacter(p: number): never {
    const cp = this.src.codePointAt(p)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const ch = String.fromCodePoint(cp);
    if (!isPrintable(cp)) {
      this.error(`invalid non-printable character U+${hex}`, p);
    }
    this.error(`invalid character '${ch}' (U+${hex})`, p);
  }

  /** CPython's _PyUnicode_ScanIdentifier: XID_Start or '_', then XID_Continue (Unicode 14.0, no NFKC first). */
  private checkIdentifier(p: number, q: number): void {
    const src = this.src;
    for (let i = p; i < q;) {
      const cp = src.codePointAt(i)!;
      if (!(i === p ? isXidStart(cp) : isXidContinue(cp))) this.invalidCharacter(i);
      i += cp > 0xffff ? 2 : 1;
    }
  }

  /** Handles indentation at the beginning of a logical line; returns true if it consumed a blank line. */
  private handleIndentation(): boolean {
    const src = this.src;
    const n = src.length;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    // indentation cannot be split over physical lines with backslashes: the column of the
    // first backslash is the logical line's indentation (CPython's cont_line_col, issue 46091)
    let contCol = 0;
    for (; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c === 32) { col++; altcol++; }
      else if (c === 9) { col = Math.floor(col / TABSIZE + 1) * TABSIZE; altcol = altcol + 1; }
      else if (c === 12) { col = altcol = 0; }
      else if (c === 92 && p + 1 < n && src.charCodeAt(p + 1) === 10) {
        contCol = contCol || col;
        p++;
        this.newLine(p + 1);
      } else break;
    }
    // blank line, comment-only line, or EOF: no indentation processing
    if (p >= n) { this.pos = p; return false; }
    const c = src.charCodeAt(p);
    if (c === 35 || c === 10) { this.pos = p; return false; }
    if (contCol) col = altcol = contCol;
    const startLs = this.lineStart;
    const top = this.indents[this.indents.length - 1];
    if (col === top) {
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    } else if (col > top) {
      if (this.indents.length >= MAXINDENT) this.error('too many levels of indentation', p, -1, 'IndentationError');
      if (altcol <= this.altIndents[this.altIndents.length - 1]) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.pos = p;
      this.push(TokenType.INDENT, startLs, p, this.line, startLs);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.pos = p;
        this.push(TokenType.DEDENT, p, p, this.line, startLs);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const text = this.lineText(this.lineStart).replace(/\n$/, '');
        this.error('unindent does not match any outer indentation level', this.lineStart + text.length, -1, 'IndentationError');
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
    this.pos = p;
    return false;
  }

  private readString(p: number, q: number, startLine: number, startLs: number): void {
    const src = this.src;
    const n = src.length;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    let i = q + (triple ? 3 : 1);
    for (;;) {
      if (i >= n) {
        if (triple) {
          const detected = n > 0 && src.charCodeAt(n - 1) === 10 ? this.line - 1 : this.line;
          this.error(`unterminated triple-quoted string literal (detected at line ${detected})`, p, -1, 'SyntaxError', startLine);
        }
        this.error(`unterminated string literal (detected at line ${startLine})`, p, -1, 'SyntaxError', startLine);
      }
      const c = src.charCodeAt(i);
      if (c === 92) { // backslash: skip next char
        if (i + 1 < n && src.charCodeAt(i + 1) === 10) {
          i += 2;
          this.newLine(i);
          continue;
        }
        i += 2;
        continue;
      }
      if (c === 10) {
        if (!triple) this.error(`unterminated string literal (detected at line ${startLine})`, p, -1, 'SyntaxError', startLine);
        i++;
        this.newLine(i);
        continue;
      }
      if (c === quote) {
        if (!triple) { i++; break; }
        if (src.charCodeAt(i + 1) === quote && src.charCodeAt(i + 2) === quote) { i += 3; break; }
      }
      i++;
    }
    this.pos = i;
    this.push(TokenType.STRING, p, i, startLine, startLs);
  }

  private readNumber(p: number, startLine: number, startLs: number): void {
    const src = this.src;
    const n = src.length;
    let i = p;
    const c0 = src.charCodeAt(i);
    const digitsWith = (ok: (c: number) => boolean, kind: string): void => {
      // digits with single underscores between them
      for (;;) {
        const c = src.charCodeAt(i);
        if (ok(c)) { i++; continue; }
        if (c === 95) {
          const next = src.charCodeAt(i + 1);
          if (ok(next)) { i++; continue; }
          // (as CPython: `0b1_2` names the digit)
          if ((kind === 'binary' || kind === 'octal') && isDigit(next)) this.error(`invalid digit '${src[i + 1]}' in ${kind} literal`, i + 1);
          this.error(`invalid ${kind} literal`, i);
        }
        break;
      }
    };
    const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    const finishInt = (kind: string, ok: (c: number) => boolean): void => {
      const c = src.charCodeAt(i);
      if (isDigit(c) && !ok(c)) this.error(`invalid digit '${src[i]}' in ${kind} literal`, i);
      this.verifyEnd(i, kind);
    };
    if (c0 === 48 && i + 1 < n && /[xXoObB]/.test(src[i + 1])) {
      const k = src[i + 1].toLowerCase();
      i += 2;
      if (src.charCodeAt(i) === 95) i++;
      const [ok, kind] = k === 'x' ? [isHex, 'hexadecimal'] as const : k === 'o' ? [(c: number) => c >= 48 && c <= 55, 'octal'] as const : [(c: number) => c === 48 || c === 49, 'binary'] as const;
      if (!ok(src.charCodeAt(i))) {
        if (isDigit(src.charCodeAt(i))) this.error(`invalid digit '${src[i]}' in ${kind} literal`, i);
        this.error(`invalid ${kind} literal`, i - 1);
      }
      digitsWith(ok, kind);
      finishInt(kind, ok);
    } else {
      let isFloat = false;
      let verified = false;
      if (c0 !== 46) {
        digitsWith(isDigit, 'decimal');
      }
      if (src.charCodeAt(i) === 46) {
        isFloat = true;
        i++;
        if (isDigit(src.charCodeAt(i))) digitsWith(isDigit, 'decimal');
      }
      const ce = src.charCodeAt(i);
      if (ce === 101 || ce === 69) { // exponent
        const save = i;
        i++;
        if (src.charCodeAt(i) === 43 || src.charCodeAt(i) === 45) {
          i++;
          // "1e+" or "1e-+4": CPython reports it where the digit should be (its offset is the
          // column of that character, not one past it)
          if (!isDigit(src.charCodeAt(i))) this.error('invalid decimal literal', i - 1);
        }
        if (!isDigit(src.charCodeAt(i))) {
          // "1e" followed by a name: CPython reports invalid decimal literal
          i = save;
          this.verifyEnd(i, 'decimal');
          verified = true;
        } else {
          isFloat = true;
          digitsWith(isDigit, 'decimal');
        }
      }
      if (src.charCodeAt(i) === 106 || src.charCodeAt(i) === 74) {
        i++;
        isFloat = true;
      }
      if (!isFloat) {
        // leading zeros
        const text = src.slice(p, i).replace(/_/g, '');
        if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
          // CPython's range ends just past the first digit after the leading zeros (zeros_end)
          let z = p;
          while (src.charCodeAt(z) === 48 || src.charCodeAt(z) === 95) z++;
          this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', p, z);
        }
      }
      if (!verified) this.verifyEnd(i, isFloat ? (src.charCodeAt(i - 1) === 106 || src.charCodeAt(i - 1) === 74 ? 'imaginary' : 'decimal') : 'decimal');
    }
    this.pos = i;
    this.push(TokenType.NUMBER, p, i, startLine, startLs);
  }

  /** After a number, a letter (other than keywords' starts handled by CPython) is an error. */
  private verifyEnd(i: number, kind: string): void {
    const c = this.src.charCodeAt(i);
    // Non-ASCII after a number is left to the next token (a NAME, or an invalid character).
    if (i < this.src.length && c < 128 && isPotentialIdChar(c)) {
      // CPython allows `1if x else y`, `1or 2`, `0in x`, `1and`, `1not in` with a warning
      const rest = this.src.slice(i, i + 4);
      if (/^(and|or|in|if|is|not|else|for)/.test(rest)) {
        // tokenizer.c verify_end_of_number: a SyntaxWarning (3.11.7), the error's place if it is one
        addWarning('SyntaxWarning', this.syntaxError(`invalid ${kind} literal`, i - 1, -1));
        return;
      }
      this.error(`invalid ${kind} literal`, i - 1, -1);
    }
  }

  private finish(): Token[] {
    const src = this.src;
    const n = src.length;
    if (this.parens.length > 0) {
      const top = this.parens[0];
      this.unclosedLine = this.lineNumberOf(top.pos);
      this.error(`'${top.ch}' was never closed`, top.pos);
    }
    // NEWLINE at EOF if the last logical line lacks one
    const last = this.tokens.length ? this.tokens[this.tokens.length - 1] : null;
    let lastReal: Token | null = null;
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      const t = this.tokens[i].type;
      if (t !== TokenType.COMMENT && t !== TokenType.NL) { lastReal = this.tokens[i]; break; }
    }
    if (lastReal && lastReal.type !== TokenType.NEWLINE && lastReal.type !== TokenType.DEDENT && lastReal.type !== TokenType.INDENT) {
      this.push(TokenType.NEWLINE, n, n, this.line, this.lineStart);
    } else if (this.comments && last && last.type === TokenType.COMMENT) {
      this.push(TokenType.NL, n, n, this.line, this.lineStart);
    }
    // DEDENTs and ENDMARKER at the start of the line after the last
    const atLineStart = n === 0 || src.charCodeAt(n - 1) === 10;
    if (!atLineStart) {
      this.line++;
      this.lineStart = n;
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(TokenType.DEDENT, n, n, this.line, this.lineStart);
    }
    this.push(TokenType.ENDMARKER, n, n, this.line, this.lineStart);
    return this.tokens;
  }
}

function isStringPrefix(w: string): boolean {
  switch (w.toLowerCase()) {
    case 'r': case 'u': case 'b': case 'f': case 'br': case 'rb': case 'fr': case 'rf':
      return true;
    default:
      return false;
  }
}

export function tokenize(source: string, filename: string, opts: { comments?: boolean } = {}): Token[] {
  return new Tokenizer(source, filename, opts.comments === true).run();
}

/** The tokens of `source`, or, when the tokenizer fails, the tokens before the error, an
 *  ENDMARKER where it stopped, the error, and for a bracket left open at the end the line of
 *  that bracket (0 for other errors). See parse() in parser.ts for which error wins. */
export function tokenizeUntilError(source: string, filename: string, typeComments = false): { tokens: Token[]; error: PySyntaxError | null; unclosedLine: number; typeIgnores: TypeIgnoreComment[] } {
  const t = new Tokenizer(source, filename, false, typeComments);
  try {
    return { tokens: t.run(), error: null, unclosedLine: 0, typeIgnores: t.typeIgnores };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { tokens: t.stoppedTokens(), error: e, unclosedLine: t.unclosedLine, typeIgnores: t.typeIgnores };
  }
}
