// Literal tokens → AST: numbers (int/float/imaginary with underscores), strings and bytes with
// every escape, implicit concatenation, and f-strings (3.11 semantics: nested replacement fields,
// conversions, format specs, `{x=}`), with CPython 3.11's node positions: the JoinedStr, its
// Constant parts and FormattedValues span the whole run of string tokens, a format spec's
// JoinedStr spans (start of the run, end of its own token), and expressions inside replacement
// fields get their true source positions (they are parsed from the source text in place).
import type { Constant, Expr, FormattedValue, JoinedStr, Located } from './ast';
import { ConstantValue, PyBytes, PyComplex, pyStrConcat, type PyStr } from './constants';
import { PySyntaxError } from './errors';
import type { Token } from './tokenizer';
import { lookupUnicodeName } from './unicode_names';

export interface LiteralContext {
  filename: string;
  source: string;
  /** Parses source[start, end) (a replacement field's expression) in place, as an expression. */
  parseFStringExpression(start: number, end: number): Expr;
  /** Raises a SyntaxError at a source index (1-based column computed by the parser). */
  errorAt(msg: string, index: number, endIndex?: number): never;
  /** Raises an f-string's own SyntaxError where CPython reports it: at the token after the
   *  string group (the last token its parser fetched). */
  fstringErrorAfterStrings(msg: string): never;
  /** A DeprecationWarning at `tok` (an invalid escape): its line, and the token as the error's place. */
  warnToken(msg: string, tok: Token): void;
}

/** string_parser.c warn_invalid_escape_sequence: `at` is the index of the character after the backslash. */
function warnEscape(ctx: LiteralContext, tok: Token, text: string, at: number): void {
  const c = text.charCodeAt(at);
  ctx.warnToken(c >= 52 && c <= 55 ? `invalid octal escape sequence '\\${text.slice(at, at + 3)}'` : `invalid escape sequence '\\${text[at]}'`, tok);
}

/** Single-character escapes shared by str and bytes literals: escape letter → code unit. */
const SIMPLE_ESCAPES: Record<string, number> = {
  '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11,
};

function loc(first: Token, last: Token): Located {
  return { lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

/** True when s is only decimal digits (most number tokens): BigInt(s) needs no other look. */
function isPlainDecimal(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** sys.get_int_max_str_digits() of the VM (0: no limit): a longer decimal int literal is a
 *  SyntaxError, as CPython's parser converts it with int(). Set by the VM (vm/runtime/limits.ts). */
let intLiteralMaxDigits = 4300;
export function setIntLiteralMaxDigits(n: number): void { intLiteralMaxDigits = n; }

/** CPython's message for a decimal int literal of more digits than the limit, or null. */
export function intLiteralTooLong(tok: Token): string | null {
  if (intLiteralMaxDigits === 0 || tok.string.length <= intLiteralMaxDigits) return null;
  const text = tok.string;
  if (!/^[0-9_]+$/.test(text)) return null; // hex, octal, binary, floats and imaginaries have no limit
  const digits = text.length - (text.match(/_/g)?.length ?? 0);
  if (digits <= intLiteralMaxDigits) return null;
  return `Exceeds the limit (${intLiteralMaxDigits} digits) for integer string conversion: value has ${digits} digits; ` +
    'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
}

export function parseNumberToken(tok: Token): Constant {
  if (isPlainDecimal(tok.string)) {
    return { nodeType: 'Constant', value: BigInt(tok.string), kind: null, lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset };
  }
  const text = tok.string.replace(/_/g, '');
  let value: ConstantValue;
  const last = text[text.length - 1];
  if (last === 'j' || last === 'J') value = new PyComplex(0, Number(text.slice(0, -1)));
  else if (/^0[xX]/.test(text)) value = BigInt(text);
  else if (/^0[oO]/.test(text)) value = BigInt('0o' + text.slice(2));
  else if (/^0[bB]/.test(text)) value = BigInt('0b' + text.slice(2));
  else if (/[.eE]/.test(text)) value = Number(text);
  else value = BigInt(text);
  return { nodeType: 'Constant', value, kind: null, lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset };
}

interface Prefix {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  unicode: boolean;
  len: number;
}

function prefixOf(s: string): Prefix {
  let i = 0;
  const p: Prefix = { raw: false, bytes: false, fstring: false, unicode: false, len: 0 };
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === 'r' || c === 'R') p.raw = true;
    else if (c === 'b' || c === 'B') p.bytes = true;
    else if (c === 'f' || c === 'F') p.fstring = true;
    else if (c === 'u' || c === 'U') p.unicode = true;
    else break;
  }
  p.len = i;
  return p;
}

/** Body bounds of a string token: [start, end) source indices inside the quotes. */
function bodyBounds(tok: Token, pre: Prefix): [number, number] {
  const q = tok.string[pre.len];
  const triple = tok.string.startsWith(q + q + q, pre.len) && tok.string.length >= pre.len + 6;
  const ql = triple ? 3 : 1;
  return [tok.start + pre.len + ql, tok.end - ql];
}

/** CPython reports literal-decoding errors just after the string token. */
function unicodeError(ctx: LiteralContext, tok: Token, msg: string): never {
  ctx.errorAt(`(unicode error) ${msg}`, tok.end, tok.end);
}

/**
 * Decodes the escapes of a non-raw str literal body (source text, already newline-normalised).
 * Text between escapes is appended in runs (never split inside a surrogate pair); an escape that
 * yields a surrogate is joined with pyStrConcat, which keeps '\ud834\udd1e' two code points.
 */
function decodeStrEscapes(body: string, ctx: LiteralContext, tok: Token): PyStr {
  let bs = body.indexOf('\\');
  if (bs < 0) return body;
  let out: PyStr = '';
  const add = (s: string): void => {
    if (typeof out === 'string') out += s;
    else out = pyStrConcat(out, s);
  };
  const n = body.length;
  let runStart = 0;
  let warned = false;
  for (let i = bs; i < n; i++) {
    if (body.charCodeAt(i) !== 92) {
      bs = body.indexOf('\\', i);
      if (bs < 0) { i = n; break; }
      i = bs;
    }
    if (runStart < i) add(body.slice(runStart, i));
    const start = i;
    i++;
    runStart = i + 1;
    if (i >= n) { add('\\'); runStart = n; break; }
    const e = body[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { add(String.fromCharCode(simple)); continue; }
    switch (e) {
      case '\n': break;
      case 'x': case 'u': case 'U': {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.slice(i + 1, i + 1 + len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          const kind = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
          const bytePos = utf8Length(decodedPrefix(body, start));
          let endPos = bytePos + 1;
          for (let k = i + 1; k < Math.min(n, i + 1 + len) && /[0-9a-fA-F]/.test(body[k]); k++) endPos++;
          unicodeError(ctx, tok, `'unicodeescape' codec can't decode bytes in position ${bytePos}-${endPos}: truncated ${kind} escape`);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          const bytePos = utf8Length(decodedPrefix(body, start));
          unicodeError(ctx, tok, `'unicodeescape' codec can't decode bytes in position ${bytePos}-${bytePos + 9}: illegal Unicode character`);
        }
        if (cp >= 0xd800 && cp <= 0xdfff) out = pyStrConcat(out, String.fromCharCode(cp));
        else add(String.fromCodePoint(cp));
        i += len;
        runStart = i + 1;
        break;
      }
      case 'N': {
        const close = body[i + 1] === '{' ? body.indexOf('}', i + 2) : -1;
        const bytePos = utf8Length(decodedPrefix(body, start));
        if (close < 0) {
          unicodeError(ctx, tok, `'unicodeescape' codec can't decode bytes in position ${bytePos}-${bytePos + 1}: malformed \\N character escape`);
        }
        const name = body.slice(i + 2, close);
        const cp = name.length > 0 ? lookupUnicodeName(name) : undefined;
        if (cp === undefined) {
          unicodeError(ctx, tok, `'unicodeescape' codec can't decode bytes in position ${bytePos}-${bytePos + utf8Length(body.slice(start, close))}: unknown Unicode character name`);
        }
        add(String.fromCodePoint(cp));
        i = close;
        runStart = i + 1;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          let j = i;
          let v = 0;
          while (j < n && j < i + 3 && body[j] >= '0' && body[j] <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
          if (v > 0o377 && !warned) { warned = true; warnEscape(ctx, tok, body, i); }
          add(String.fromCharCode(v));
          i = j - 1;
          runStart = j;
        } else {
          // invalid escape: kept verbatim, the first one of the literal warns (non-ASCII never:
          // CPython turns it into a \U escape first, after a valid backslash escape)
          if (!warned && e.charCodeAt(0) < 128) { warned = true; warnEscape(ctx, tok, body, i); }
          add('\\' + e);
        }
    }
  }
  if (runStart < n) add(body.slice(runStart));
  return out;
}

/** The raw text before index `end`, decoded naively, for error positions (CPython counts bytes of the literal body). */
function decodedPrefix(body: string, end: number): string {
  return body.slice(0, end);
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function decodeBytes(body: string, raw: boolean, ctx: LiteralContext, tok: Token): Uint8Array {
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 128) ctx.errorAt('bytes can only contain ASCII literal characters', tok.start, tok.end);
  }
  if (raw) return Uint8Array.from(body, (c) => c.charCodeAt(0));
  const out: number[] = [];
  const n = body.length;
  let warned = false;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c !== '\\') { out.push(c.charCodeAt(0)); continue; }
    i++;
    if (i >= n) { out.push(92); break; }
    const e = body[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out.push(simple); continue; }
    switch (e) {
      case '\n': break;
      case 'x': {
        const hex = body.slice(i + 1, i + 3);
        if (hex.length < 2 || !/^[0-9a-fA-F]{2}$/.test(hex)) {
          ctx.errorAt(`(value error) invalid \\x escape at position ${i - 1}`, tok.start, tok.end);
        }
        out.push(parseInt(hex, 16));
        i += 2;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          let j = i;
          let v = 0;
          while (j < n && j < i + 3 && body[j] >= '0' && body[j] <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
          if (v > 0o377 && !warned) { warned = true; warnEscape(ctx, tok, body, i); }
          out.push(v & 0xff);
          i = j - 1;
        } else {
          if (!warned) { warned = true; warnEscape(ctx, tok, body, i); }
          out.push(92, e.charCodeAt(0));
        }
    }
  }
  return Uint8Array.from(out);
}

type Part = { kind: 'str'; value: PyStr } | { kind: 'fv'; node: FormattedValue };

export function parseStringTokens(tokens: Token[], ctx: LiteralContext): Expr {
  if (tokens.length === 1) {
    // the common case, one unprefixed str token: no prefix records, no concatenation
    const t = tokens[0];
    const q = t.string.charCodeAt(0);
    if (q === 39 || q === 34) {
      const ql = t.string.length >= 6 && t.string.charCodeAt(1) === q && t.string.charCodeAt(2) === q ? 3 : 1;
      return strConstant(decodeStrEscapes(ctx.source.slice(t.start + ql, t.end - ql), ctx, t), t, null);
    }
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const whole = loc(first, last);
  const firstPre = prefixOf(first.string);
  const kind = firstPre.unicode ? 'u' : null;
  let anyBytes = false;
  let anyStr = false;
  let anyF = false;
  for (const t of tokens) {
    const p = prefixOf(t.string);
    if (p.bytes) anyBytes = true;
    else anyStr = true;
    if (p.fstring) anyF = true;
  }
  if (anyBytes && anyStr) ctx.errorAt('cannot mix bytes and nonbytes literals', last.end, last.end);
  if (anyBytes) {
    const chunks: Uint8Array[] = [];
    for (const t of tokens) {
      const p = prefixOf(t.string);
      const [s, e] = bodyBounds(t, p);
      chunks.push(decodeBytes(ctx.source.slice(s, e), p.raw, ctx, t));
    }
    const total = chunks.reduce((a, c) => a + c.length, 0);
    const all = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) { all.set(c, o); o += c.length; }
    return { nodeType: 'Constant', value: new PyBytes(all), kind: null, lineno: whole.lineno, col_offset: whole.col_offset, end_lineno: whole.end_lineno, end_col_offset: whole.end_col_offset };
  }
  if (!anyF) {
    let value: PyStr = '';
    for (const t of tokens) {
      const p = prefixOf(t.string);
      const [s, e] = bodyBounds(t, p);
      const body = ctx.source.slice(s, e);
      value = pyStrConcat(value, p.raw ? body : decodeStrEscapes(body, ctx, t));
    }
    return strConstant(value, whole, kind);
  }
  const parts: Part[] = [];
  for (const t of tokens) {
    const p = prefixOf(t.string);
    const [s, e] = bodyBounds(t, p);
    if (!p.fstring) {
      const body = ctx.source.slice(s, e);
      pushStr(parts, p.raw ? body : decodeStrEscapes(body, ctx, t));
      continue;
    }
    const fp = new FStringParser(ctx, t, p.raw, whole, kind);
    fp.parse(s, e, 0, parts);
  }
  const values: Expr[] = parts.map((pt) => (pt.kind === 'str' ? strConstant(pt.value, whole, kind) : pt.node));
  const node: JoinedStr = { nodeType: 'JoinedStr', values, lineno: whole.lineno, col_offset: whole.col_offset, end_lineno: whole.end_lineno, end_col_offset: whole.end_col_offset };
  return node;
}

function strConstant(value: PyStr, at: Located, kind: string | null): Constant {
  return { nodeType: 'Constant', value, kind, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
}

function pushStr(parts: Part[], s: PyStr): void {
  if (s === '') return;
  const lastPart = parts[parts.length - 1];
  if (lastPart && lastPart.kind === 'str') lastPart.value = pyStrConcat(lastPart.value, s);
  else parts.push({ kind: 'str', value: s });
}

class FStringParser {
  private readonly src: string;
  constructor(
    private readonly ctx: LiteralContext,
    private readonly tok: Token,
    private readonly raw: boolean,
    private readonly whole: Located,
    private readonly kind: string | null,
  ) {
    this.src = ctx.source;
  }

  /** CPython reports f-string errors at the token after the string group. */
  private error(msg: string): never {
    this.errorWhole(`f-string: ${msg}`);
  }
  /** (CPython words a few f-string errors without the "f-string: " prefix) */
  private errorWhole(msg: string): never {
    this.ctx.fstringErrorAfterStrings(msg);
  }

  /** Parses the literal body in [s, e) into parts; returns the index where it stopped. */
  parse(s: number, e: number, depth: number, parts: Part[]): number {
    const src = this.src;
    let i = s;
    let lit = '';
    const flushLiteral = (): void => {
      if (lit !== '') {
        pushStr(parts, this.raw ? lit : decodeStrEscapes(lit, this.ctx, this.tok));
        lit = '';
      }
    };
    while (i < e) {
      const c = src[i];
      if (c === '{') {
        if (depth === 0 && src[i + 1] === '{') { lit += '{'; i += 2; continue; }
        if (depth > 0 && src[i + 1] === '{') {
          // '{{' inside a format spec is an error in 3.11? it starts a nested field
        }
        flushLiteral();
        i = this.parseField(i + 1, e, depth, parts);
        continue;
      }
      if (c === '}') {
        if (depth > 0) break; // end of format spec
        if (src[i + 1] === '}') { lit += '}'; i += 2; continue; }
        this.error("single '}' is not allowed");
      }
      if (c === '\\' && !this.raw && i + 1 < e) {
        // keep escapes together so that "\{" is not mistaken for a field start
        if (src[i + 1] === 'N' && src[i + 2] === '{') {
          const close = src.indexOf('}', i + 3);
          if (close >= 0 && close < e) { lit += src.slice(i, close + 1); i = close + 1; continue; }
        }
        if (src[i + 1] === '{') {
          // 3.11's fstring_find_literal: a warning, and the '{' still starts a field (f'\{6*7}' is '\\42')
          this.ctx.warnToken("invalid escape sequence '\\{'", this.tok);
          lit += '\\';
          i++;
          continue;
        }
        lit += src.slice(i, i + 2);
        i += 2;
        continue;
      }
      lit += c;
      i++;
    }
    flushLiteral();
    return i;
  }

  /** Parses a replacement field starting after '{'; returns the index after its '}'. */
  private parseField(i: number, e: number, depth: number, parts: Part[]): number {
    if (depth >= 2) this.error('expressions nested too deeply');
    const src = this.src;
    const exprStart = i;
    let nest = 0;
    let quote: string | null = null;
    const brackets: string[] = [];
    for (; i < e; i++) {
      const c = src[i];
      if (c === '\\') this.errorWhole('f-string expression part cannot include a backslash');
      if (quote !== null) {
        if (src.startsWith(quote, i)) { i += quote.length - 1; quote = null; }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = src.startsWith(c + c + c, i) ? c + c + c : c;
        i += quote.length - 1;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') { brackets.push(c); nest++; continue; }
      if (c === '#') this.errorWhole("f-string expression part cannot include '#'");
      if (nest > 0) {
        if (c === ']' || c === ')' || c === '}') {
          const open = brackets.pop()!;
          const want = c === ']' ? '[' : c === ')' ? '(' : '{';
          if (open !== want) this.error(`closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
          nest--;
        }
        continue;
      }
      if (c === ']' || c === ')') this.error(`unmatched '${c}'`);
      if (c === '}' || c === ':') break;
      if (c === '!' && src[i + 1] !== '=') break;
      if (c === '=' && src[i + 1] !== '=' && !'=!<>'.includes(src[i - 1])) break;
      if ((c === '!' || c === '<' || c === '>' || c === '=') && src[i + 1] === '=') { i++; continue; }
    }
    if (quote !== null) this.error('unterminated string');
    if (nest > 0) this.error(`unmatched '${brackets[brackets.length - 1]}'`);
    if (i >= e) this.error("expecting '}'");
    const exprEnd = i;
    const exprText = src.slice(exprStart, exprEnd);
    // (CPython's fstring_compile_expr: only these four count as blank; an empty expression
    // followed by a conversion, a format spec or '=' is named by that character)
    if (/^[ \t\n\f]*$/.test(exprText)) {
      if (src[exprEnd] === '!' || src[exprEnd] === ':' || src[exprEnd] === '=') this.error(`expression required before '${src[exprEnd]}'`);
      this.error('empty expression not allowed');
    }
    const value = this.ctx.parseFStringExpression(exprStart, exprEnd);
    let conversion = -1;
    let debugText: string | null = null;
    if (src[i] === '=') {
      i++;
      // the text up to and including '=' and the whitespace after it
      let j = i;
      while (j < e && (src[j] === ' ' || src[j] === '\t' || src[j] === '\n' || src[j] === '\f')) j++;
      debugText = src.slice(exprStart, j);
      i = j;
    }
    if (src[i] === '!') {
      const conv = src[i + 1];
      if (i + 1 >= e) this.error("expecting '}'");
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        this.error("invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv.charCodeAt(0);
      i += 2;
      if (src[i] !== ':' && src[i] !== '}') this.error("expecting '}'");
    }
    let formatSpec: JoinedStr | null = null;
    if (src[i] === ':') {
      const specParts: Part[] = [];
      i = this.parse(i + 1, e, depth + 1, specParts);
      // CPython 3.11 gives the spec (and the constants in it) the extent of its own token
      const tokLoc: Located = { lineno: this.tok.lineno, col_offset: this.tok.col_offset, end_lineno: this.tok.end_lineno, end_col_offset: this.tok.end_col_offset };
      // ...and so does a spec that is one constant; a spec with nested fields has its constants
      // made while parsing, with the whole run's extent (CPython 3.11's FstringParser).
      const constLoc: Located = specParts.some((pt) => pt.kind === 'fv') ? this.whole : tokLoc;
      formatSpec = {
        nodeType: 'JoinedStr',
        values: specParts.map((pt) => (pt.kind === 'str' ? strConstant(pt.value, constLoc, this.kind) : pt.node)),
        ...tokLoc,
      };
    }
    if (i >= e || src[i] !== '}') this.error("expecting '}'");
    i++;
    if (debugText !== null) {
      pushStr(parts, debugText);
      if (conversion === -1 && formatSpec === null) conversion = 'r'.charCodeAt(0);
    }
    parts.push({ kind: 'fv', node: { nodeType: 'FormattedValue', value, conversion, format_spec: formatSpec, lineno: this.whole.lineno, col_offset: this.whole.col_offset, end_lineno: this.whole.end_lineno, end_col_offset: this.whole.end_col_offset } });
    return i;
  }
}
