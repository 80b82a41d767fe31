// The Python 3.11 parser: tokens → CPython's exact AST (same nodes, fields and positions; the
// stdlib comparison in spec/unit/stdlib_ast.test.ts checks every file). Hand-written recursive
// descent following Grammar/python.gram, with precedence climbing for binary operators and
// bounded backtracking (token index save/restore) where the PEG grammar needs it (match
// statements, parenthesized with-items). Literals are decoded by literals.ts. Errors are
// PySyntaxError with CPython's messages for the common cases and "invalid syntax" at the
// offending token otherwise.
import type * as A from './ast';
import { ELLIPSIS } from './constants';
import { PySyntaxError, type SyntaxErrorKind } from './errors';
import { addWarning } from './warnings';
import { intLiteralTooLong, parseNumberToken, parseStringTokens, type LiteralContext } from './literals';
import { decodeSource } from './source';
import { SourcePosCache } from './source_pos';
import { normalizeIdentifier, tokenize, tokenizeUntilError, TokenType, type Token, type TypeIgnoreComment } from './tokenizer';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const AUGASSIGN: Record<string, A.OperatorKind> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** The statements of CPython's compound_stmt rule ('single' mode treats them apart). */
const COMPOUND = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match']);
const COMPARE: Record<string, A.CmpOpKind> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

type Pos = { lineno: number; col_offset: number };

class Parser implements LiteralContext {
  private p = 0;
  private readonly toks: Token[];
  private readonly parenthesized = new WeakSet<object>();
  private depth = 0; // bracket nesting, for error messages
  /** Where f-string fields start (parseFStringExpression; made at the first field). */
  private fieldPos?: SourcePosCache;

  /** The tokenizer's error (see parse()), and the line of the bracket it found left open. */
  readonly tokenizerError: PySyntaxError | null;
  readonly unclosedLine: number;
  /** With type comments: the `# type: ignore` comments (Module.type_ignores). */
  private readonly typeIgnores: TypeIgnoreComment[];

  constructor(readonly source: string, readonly filename: string, readonly mode: ParseMode = 'exec', typeComments = false, private readonly featureVersion = 11) {
    const { tokens, error, unclosedLine, typeIgnores } = tokenizeUntilError(source, filename, typeComments);
    this.toks = tokens;
    this.tokenizerError = error;
    this.unclosedLine = unclosedLine;
    this.typeIgnores = typeIgnores;
    this.asyncNames = featureVersion < 7 ? asyncAsNames(tokens) : null;
  }
  /** Below feature_version 3.7: the `async`/`await` tokens that are names (see asyncAsNames). */
  private readonly asyncNames: Set<Token> | null;

  /** The line of the token the parser stopped at. */
  currentLine(): number {
    return this.toks[Math.min(this.p, this.toks.length - 1)].lineno;
  }

  /** Whether the parser stopped at the end of the tokens (where the tokenizer stopped). */
  atEnd(): boolean {
    return this.p >= this.toks.length - 1;
  }

  // ── token helpers ──────────────────────────────────────────────────────────
  private get tok(): Token {
    return this.toks[this.p];
  }
  /** The current token's type (a method, so TypeScript does not narrow it across this.p++). */
  private tt(): TokenType {
    return this.toks[this.p].type;
  }
  private peek(k = 1): Token {
    return this.toks[Math.min(this.p + k, this.toks.length - 1)];
  }
  private get prev(): Token {
    return this.toks[this.p - 1];
  }
  /** The last consumed token that is part of a node (not NEWLINE/INDENT/DEDENT). */
  private lastSignificant(): Token {
    let i = this.p - 1;
    while (i > 0) {
      const t = this.toks[i].type;
      if (t !== TokenType.NEWLINE && t !== TokenType.INDENT && t !== TokenType.DEDENT) break;
      i--;
    }
    return this.toks[i];
  }
  private isOp(s: string, t: Token = this.tok): boolean {
    return t.type === TokenType.OP && t.string === s;
  }
  private isKw(s: string, t: Token = this.tok): boolean {
    return t.type === TokenType.NAME && t.string === s && (this.asyncNames === null || !this.asyncNames.has(t));
  }
  private isName(t: Token = this.tok): boolean {
    return t.type === TokenType.NAME && (!KEYWORDS.has(t.string) || (this.asyncNames !== null && this.asyncNames.has(t)));
  }
  private next(): Token {
    return this.toks[this.p++];
  }
  private eatOp(s: string): boolean {
    if (this.isOp(s)) { this.p++; return true; }
    return false;
  }
  private eatKw(s: string): boolean {
    if (this.isKw(s)) { this.p++; return true; }
    return false;
  }
  private expectOp(s: string): Token {
    if (this.isOp(s)) return this.next();
    // a block's ':' (if, while, for, with, class, except, case): CPython's invalid_*_stmt rules
    // say "expected ':'" only before a NEWLINE; anything else is the generic error
    if (s === ':' && this.tt() === TokenType.NEWLINE) this.raiseExpected(':');
    this.invalid();
  }
  /** The grammar's forced `&&':'` (def, try, finally, else): "expected ':'" at whatever came. */
  private expectForcedColon(): Token {
    if (this.isOp(':')) return this.next();
    if (this.tt() === TokenType.NEWLINE) this.raiseExpected(':');
    this.raiseAt("expected ':'", this.start(), this.tok);
  }
  private expectKw(s: string): Token {
    if (this.isKw(s)) return this.next();
    this.invalid();
  }
  /**
   * CPython's CHECK_VERSION for ast.parse(feature_version=(3, minor)): `what` is newer than the
   * version asked for. The error is at the token looked at last (a DEDENT or the end has no
   * position: see raiseAtLookahead).
   */
  private requireVersion(minor: number, what: string, at: Token = this.tok): void {
    if (this.featureVersion >= minor) return;
    const msg = `${what} only supported in Python 3.${minor} and greater`;
    if (at === this.tok && (at.type === TokenType.DEDENT || at.type === TokenType.ENDMARKER)) this.raiseAtLookahead(msg);
    this.raiseAt(msg, this.start(at), at);
  }
  /** An optional TYPE_COMMENT token here (only made with type comments on): its text. */
  private typeComment(): string | null {
    return this.tt() === TokenType.TYPE_COMMENT ? this.next().string : null;
  }
  private expectName(): string {
    if (!this.isName()) this.invalid();
    return normalizeIdentifier(this.next().string);
  }

  /** A node's start: the token itself (a Pos), so that marking a start allocates nothing. */
  private start(t: Token = this.tok): Pos {
    return t;
  }
  /**
   * Completes a node: its start and the end of the last consumed token. Callers write the four
   * position fields (as 0) in the node's object literal, so that they are in-object properties
   * of its hidden class: added afterwards they would go to a separately allocated (and regrown)
   * property array, for every node.
   */
  private fin<T extends A.Located>(node: T, s: Pos): T {
    const e = this.lastSignificant();
    node.lineno = s.lineno; node.col_offset = s.col_offset; node.end_lineno = e.end_lineno; node.end_col_offset = e.end_col_offset;
    return node;
  }
  private span<T extends object>(node: T, s: Pos, e: A.Located): T & A.Located {
    const n = node as T & A.Located;
    n.lineno = s.lineno; n.col_offset = s.col_offset; n.end_lineno = e.end_lineno; n.end_col_offset = e.end_col_offset;
    return n;
  }

  // ── errors ─────────────────────────────────────────────────────────────────
  private lineText(lineno: number): string {
    let i = 0;
    for (let l = 1; l < lineno; l++) {
      const nl = this.source.indexOf('\n', i);
      if (nl < 0) return '';
      i = nl + 1;
    }
    const nl = this.source.indexOf('\n', i);
    // CPython's tokenizer ends the source of 'exec' mode with a newline: error texts have it
    if (nl < 0) return this.mode === 'exec' ? this.source.slice(i) + '\n' : this.source.slice(i);
    return this.source.slice(i, nl + 1);
  }
  private charCol(lineno: number, byteCol: number): number {
    const text = this.lineText(lineno);
    const bytes = Buffer.from(text, 'utf8');
    return [...bytes.subarray(0, byteCol).toString('utf8')].length;
  }
  raiseAt(msg: string, s: { lineno: number; col_offset: number }, e: { end_lineno: number; end_col_offset: number } | null, kind: SyntaxErrorKind = 'SyntaxError'): never {
    const offset = this.charCol(s.lineno, s.col_offset) + 1;
    const endLine = e ? e.end_lineno : s.lineno;
    const endOffset = e ? this.charCol(e.end_lineno, e.end_col_offset) + 1 : offset;
    throw new PySyntaxError(kind, msg, this.filename, s.lineno, offset, this.lineText(s.lineno), endLine, endOffset);
  }
  /**
   * CPython's RAISE_SYNTAX_ERROR after a block: the error is at the token it looked ahead to. A
   * real token gives its span; a DEDENT or the ENDMARKER has no position in CPython's tokenizer,
   * so the location is where the tokenizer stood (pegen.c: `cur - line_start`, no +1) with no
   * end: before the next statement's first character after its indentation, or at the end of
   * the last line read (blank lines included) at the end of the file.
   */
  private raiseAtLookahead(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): never {
    let i = this.p;
    while (this.toks[i].type === TokenType.DEDENT) i++;
    const t = this.toks[i];
    if (i === this.p && t.type !== TokenType.ENDMARKER && t.type !== TokenType.NEWLINE) {
      this.raiseAt(msg, this.start(t), { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset }, kind);
    }
    if (t.type !== TokenType.ENDMARKER) {
      throw new PySyntaxError(kind, msg, this.filename, t.lineno, this.charCol(t.lineno, t.col_offset), this.lineText(t.lineno), t.lineno, -1);
    }
    const src = this.source.endsWith('\n') ? this.source : this.source + '\n';
    const lineno = src.split('\n').length - 1;
    const text = this.lineText(lineno);
    throw new PySyntaxError(kind, msg, this.filename, lineno, [...text].length, text, lineno, -1);
  }
  /** A NUMBER token's constant; a decimal int literal over sys.get_int_max_str_digits() is an
   *  error located at its line with no column (CPython's parser action fails, col_offset -1). */
  private numberLiteral(t: Token): A.Constant {
    if (this.featureVersion < 6 && t.string.includes('_')) this.raiseAt('Underscores in numeric literals are only supported in Python 3.6 and greater', t, t);
    const tooLong = intLiteralTooLong(t);
    if (tooLong !== null) throw new PySyntaxError('SyntaxError', tooLong, this.filename, t.lineno, 0, this.lineText(t.lineno), t.lineno, 0);
    return parseNumberToken(t);
  }
  errorAt(msg: string, index: number, endIndex?: number): never {
    const ls = this.source.lastIndexOf('\n', index - 1) + 1;
    let lineno = 1;
    for (let i = this.source.indexOf('\n'); i >= 0 && i < ls; i = this.source.indexOf('\n', i + 1)) lineno++;
    const offset = [...this.source.slice(ls, index)].length + 1;
    const text = this.lineText(lineno);
    let endOffset = offset;
    if (endIndex !== undefined && endIndex <= ls + text.length) endOffset = [...this.source.slice(ls, endIndex)].length + 1;
    throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, text, lineno, endOffset);
  }
  fstringErrorAfterStrings(msg: string): never {
    const t = this.tok; // (strings() has taken the group: this is the token after it)
    const line = t.type === TokenType.NEWLINE || t.type === TokenType.ENDMARKER;
    if (line && this.mode === 'eval' && t.start >= this.source.length && !this.source.endsWith('\n')) {
      // eval input gets no implicit newline in CPython: its end marker has no column, and the
      // error takes the tokenizer's position (the line's length, not +1) and no end
      const ls = this.source.lastIndexOf('\n') + 1;
      const lineno = this.source.slice(0, ls).split('\n').length;
      const text = this.lineText(lineno);
      throw new PySyntaxError('SyntaxError', msg, this.filename, lineno, [...this.source.slice(ls)].length, text, lineno, -1);
    }
    return this.errorAt(msg, t.start, line ? t.start : t.end);
  }
  warnToken(msg: string, tok: Token): void {
    // the error in its place is the whole token (p->known_err_token), across lines
    addWarning('DeprecationWarning', new PySyntaxError('SyntaxError', msg, this.filename, tok.lineno, tok.col + 1, withNewline(this.lineText(tok.lineno)), tok.end_lineno, tok.end_col + 1));
  }
  private invalid(t: Token = this.tok): never {
    if (t.type === TokenType.INDENT) this.raiseAt('unexpected indent', this.start(t), { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset }, 'IndentationError');
    if (t.type === TokenType.DEDENT) this.raiseAt('unindent does not match any outer indentation level', this.start(t), null, 'IndentationError');
    const atEnd = t.type === TokenType.ENDMARKER || (t.type === TokenType.NEWLINE && t.string === '' && this.peek().type === TokenType.ENDMARKER);
    if (atEnd && this.mode !== 'exec') this.endOfInputError();
    if (t.type === TokenType.NEWLINE) this.newlineError(t);
    this.raiseAt('invalid syntax', this.start(t), { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset });
  }
  /**
   * 'eval' and 'single' sources get no newline appended (CPython's exec_input): the parser fails
   * at ENDMARKER, which has no column (offset 0) and the line of the last line read (0 for an
   * empty source).
   */
  private endOfInputError(): never {
    const src = this.source;
    let lineno = 0;
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lineno++;
    if (src !== '' && !src.endsWith('\n')) lineno++;
    throw new PySyntaxError('SyntaxError', 'invalid syntax', this.filename, lineno, 0, lineno === 0 ? '' : this.lineText(lineno), lineno, 0);
  }
  /** CPython's NEWLINE token is empty (its text leaves the newline out) and starts at a comment
   *  before it on the line. */
  private newlineError(t: Token): never {
    const i = this.toks.indexOf(t);
    const before = i > 0 ? this.toks[i - 1] : null;
    let start = t.start;
    if (before !== null && before.end <= t.start) {
      const hash = this.source.slice(before.end, t.start).indexOf('#');
      if (hash >= 0) start = before.end + hash;
    }
    return this.errorAt('invalid syntax', start, t.start);
  }
  private raiseExpected(what: string): never {
    // CPython reports "expected ':'" at the token before the missing one
    const t = this.prev;
    this.raiseAt(`expected '${what}'`, { lineno: t.end_lineno, col_offset: t.end_col_offset }, null);
  }

  // ── entry points ───────────────────────────────────────────────────────────
  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tt() !== TokenType.ENDMARKER) {
      if (this.tt() === TokenType.NEWLINE) { this.p++; continue; }
      body.push(...this.statement());
    }
    const type_ignores = this.typeIgnores.map((c): A.TypeIgnore => ({ nodeType: 'TypeIgnore', lineno: c.lineno, tag: c.tag }));
    return { nodeType: 'Module', body, type_ignores };
  }

  parseEval(): A.Expression {
    while (this.tt() === TokenType.NEWLINE) this.p++;
    const body = this.starExpressions();
    while (this.tt() === TokenType.NEWLINE) this.p++;
    if (this.tt() !== TokenType.ENDMARKER) this.invalid();
    return { nodeType: 'Expression', body };
  }

  /**
   * 'single': one statement (CPython's statement_newline). After a compound statement the source
   * must end (else "invalid syntax" at the next token); after simple statements only blanks and
   * comments may follow (CPython's bad_single_statement, an error at their NEWLINE).
   */
  parseInteractive(): A.Interactive {
    while (this.tt() === TokenType.NEWLINE) this.p++;
    if (this.tt() === TokenType.ENDMARKER) this.endOfInputError(); // 'single' needs a statement
    const body = this.statement();
    if (!COMPOUND.has(body[0].nodeType)) {
      const nl = this.prev;
      if (/[^ \t\n\f]/.test(this.source.slice(nl.end).replace(/#[^\n]*/g, ''))) {
        this.errorAt('multiple statements found while compiling a single statement', nl.start, nl.start);
      }
    } else if (this.tt() !== TokenType.ENDMARKER) this.invalid();
    return { nodeType: 'Interactive', body };
  }

  parseFuncType(): A.FunctionType {
    this.expectOp('(');
    // type_expressions: expressions, then `*e`, then `**e`, in that order, comma-separated, no
    // trailing comma
    const argtypes: A.Expr[] = [];
    let stage = 0; // 0 plain, 1 after *e, 2 after **e
    while (!this.isOp(')') || argtypes.length > 0) {
      if (this.isOp('*') && stage === 0) { this.p++; stage = 1; }
      else if (this.isOp('**') && stage < 2) { this.p++; stage = 2; }
      else if (stage > 0) this.invalid();
      argtypes.push(this.expression());
      if (this.isOp(')')) break;
      this.expectOp(',');
    }
    this.expectOp(')');
    this.expectOp('->');
    const returns = this.expression();
    while (this.tt() === TokenType.NEWLINE) this.p++; // NEWLINE* ENDMARKER
    if (this.tt() !== TokenType.ENDMARKER) this.invalid();
    return { nodeType: 'FunctionType', argtypes, returns };
  }

  /** LiteralContext: parses an f-string replacement field's expression in place. */
  parseFStringExpression(startIndex: number, endIndex: number): A.Expr {
    const text = this.source.slice(startIndex, endIndex);
    // Tokenize "(" + text + ")" so that newlines inside are allowed, then move every token
    // to its true place in the source.
    const sub = '(' + text + ')';
    // (fields come in source order: the cache carries on from the last one, see source_pos.ts)
    const pos = (this.fieldPos ??= new SourcePosCache(this.source)).at(startIndex);
    const baseLine = pos.line;
    // CPython 3.11 compiles "(" + expression + ")" with a parser of its own: an error there
    // keeps that source's columns and line text; only its lines move to the '{' line
    let toks: Token[];
    try {
      toks = tokenize(sub, this.filename);
    } catch (e) {
      if (e instanceof PySyntaxError && e.lineno > 0) {
        throw new PySyntaxError(e.kind, e.msg, this.filename, baseLine + e.lineno - 1, e.offset, e.text === null ? null : e.text.replace(/\n$/, ''),
          baseLine + e.end_lineno - 1, e.end_offset);
      }
      if (e instanceof PySyntaxError) this.errorAt(`f-string: ${e.msg}`, startIndex, endIndex);
      throw e;
    }
    const baseByte = pos.byteCol;
    const baseChar = pos.charCol;
    const moved: Token[] = [];
    for (const t of toks) {
      const m = { ...t };
      if (m.lineno === 1) { m.col_offset += baseByte - 1; m.col += baseChar - 1; }
      if (m.end_lineno === 1) { m.end_col_offset += baseByte - 1; m.end_col += baseChar - 1; }
      m.lineno += baseLine - 1;
      m.end_lineno += baseLine - 1;
      m.start += startIndex - 1;
      m.end += startIndex - 1;
      moved.push(m);
    }
    // Parse "(" + text + ")" as a parenthesized atom, as CPython does: a bare tuple such as
    // {a, b} then spans the braces' positions (where the added parentheses were mapped).
    const inner = moved.slice(0, moved.length - 2); // drop NEWLINE, ENDMARKER
    if (inner.length <= 2) this.errorAt('f-string: empty expression not allowed', startIndex, endIndex);
    const subParser = Object.create(Parser.prototype) as Parser;
    Object.assign(subParser, { source: this.source, filename: this.filename, mode: this.mode, p: 0, parenthesized: this.parenthesized, depth: 0, asyncNames: null, featureVersion: this.featureVersion, typeIgnores: [] });
    const end = moved[moved.length - 1];
    (subParser as unknown as { toks: Token[] }).toks = [...inner, { ...end, type: TokenType.ENDMARKER, string: '' }];
    let e: A.Expr;
    try {
      e = subParser.parenAtom();
      if (subParser.tt() !== TokenType.ENDMARKER) subParser.invalid();
    } catch (err) {
      if (err instanceof PySyntaxError && !err.msg.startsWith('f-string')) {
        // back to the sub-source's columns (its first line starts at the '(' put for '{')
        const subLines = sub.split('\n');
        const toSub = (line: number, offset: number): number => (line === baseLine && offset > 0 ? offset - baseChar + 1 : offset);
        const subLine = err.lineno - baseLine + 1;
        const subText = subLine >= 1 && subLine <= subLines.length ? subLines[subLine - 1] + '\n' : err.text;
        throw new PySyntaxError(err.kind, `f-string: ${err.msg}`, err.filename, err.lineno, toSub(err.lineno, err.offset), subText,
          err.end_lineno, err.end_offset === null ? null : toSub(err.end_lineno, err.end_offset));
      }
      throw err;
    }
    return e;
  }

  // ── statements ─────────────────────────────────────────────────────────────
  private statement(): A.Stmt[] {
    const t = this.tok;
    if (t.type === TokenType.INDENT) this.invalid();
    if (t.type === TokenType.NAME) {
      switch (t.string) {
        case 'def': return [this.funcDef([], this.start())];
        case 'if': return [this.ifStmt()];
        case 'class': return [this.classDef([], this.start())];
        case 'with': return [this.withStmt(null)];
        case 'for': return [this.forStmt(null)];
        case 'try': return [this.tryStmt()];
        case 'while': return [this.whileStmt()];
        case 'async': {
          const s = this.start();
          const nt = this.peek();
          if (this.isKw('def', nt)) { this.p++; return [this.funcDef([], s, true)]; }
          if (this.isKw('with', nt)) { this.p++; return [this.withStmt(s)]; }
          if (this.isKw('for', nt)) { this.p++; return [this.forStmt(s)]; }
          // the keyword starts nothing else: CPython's rules fail at the token after it
          if (this.isKw('async')) this.invalid(nt);
          break;
        }
        case 'match': {
          const m = this.tryMatchStmt();
          if (m) return [m];
          // not a match statement: an expression statement starting with the name `match`; if
          // that fails too, CPython reports the match statement's error (a single-pass parser
          // only learns here that its second pass would run)
          const failedAt = this.matchFailedAt;
          try {
            return this.simpleStmts();
          } catch (e) {
            if (!(e instanceof PySyntaxError) || e.msg !== 'invalid syntax' || failedAt < 0) throw e;
            if (this.toks[failedAt].type === TokenType.NEWLINE) {
              this.p = failedAt; // invalid_match_stmt: "match" subject_expr NEWLINE
              this.raiseExpected(':');
            }
            if (failedAt > this.p) this.invalid(this.toks[failedAt]);
            throw e;
          }
        }
      }
    }
    if (this.isOp('@')) return [this.decorated()];
    return this.simpleStmts();
  }

  private simpleStmts(): A.Stmt[] {
    const out: A.Stmt[] = [this.simpleStmt()];
    while (this.eatOp(';')) {
      if (this.tt() === TokenType.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    if (this.tt() !== TokenType.NEWLINE) this.invalid();
    this.p++;
    return out;
  }

  private simpleStmt(): A.Stmt {
    const t = this.tok;
    const s = this.start();
    if (t.type === TokenType.NAME) {
      switch (t.string) {
        case 'pass': this.p++; return this.fin<A.Pass>({ nodeType: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        case 'break': this.p++; return this.fin<A.Break>({ nodeType: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        case 'continue': this.p++; return this.fin<A.Continue>({ nodeType: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        case 'return': {
          this.p++;
          const value = this.startsExpression() ? this.starExpressions() : null;
          return this.fin<A.Return>({ nodeType: 'Return', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        case 'raise': {
          this.p++;
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.startsExpression()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return this.fin<A.Raise>({ nodeType: 'Raise', exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        case 'global':
        case 'nonlocal': {
          this.p++;
          const names = [this.expectName()];
          while (this.eatOp(',')) names.push(this.expectName());
          return this.fin<A.Global | A.Nonlocal>({ nodeType: t.string === 'global' ? 'Global' : 'Nonlocal', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        case 'del': {
          this.p++;
          const targets: A.Expr[] = [];
          do {
            if (!this.startsExpression()) break;
            const e = this.bitwiseOrOrStar();
            this.setContext(e, 'Del', 'delete');
            targets.push(e);
          } while (this.eatOp(','));
          if (targets.length === 0) this.invalid();
          return this.fin<A.Delete>({ nodeType: 'Delete', targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        case 'assert': {
          this.p++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return this.fin<A.Assert>({ nodeType: 'Assert', test, msg, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
      }
    }
    return this.exprOrAssign();
  }

  private importName(): A.Import {
    const s = this.start();
    this.p++;
    const names: A.Alias[] = [];
    do {
      const as = this.start();
      let name = this.expectName();
      while (this.eatOp('.')) name += '.' + this.expectName();
      const asname = this.eatKw('as') ? this.expectName() : null;
      names.push(this.fin<A.Alias>({ nodeType: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, as));
    } while (this.eatOp(','));
    return this.fin<A.Import>({ nodeType: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private importFrom(): A.ImportFrom {
    const s = this.start();
    this.p++;
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level += 1;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw('import')) {
      module = this.expectName();
      while (this.eatOp('.')) module += '.' + this.expectName();
    }
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const as = this.start();
      this.p++;
      names.push(this.fin<A.Alias>({ nodeType: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, as));
    } else {
      const paren = this.eatOp('(');
      do {
        if (paren && this.isOp(')')) break;
        if (!paren && names.length > 0 && this.tt() === TokenType.NEWLINE) {
          this.raiseAt('trailing comma not allowed without surrounding parentheses', this.start(), null);
        }
        const as = this.start();
        const name = this.expectName();
        const asname = this.eatKw('as') ? this.expectName() : null;
        names.push(this.fin<A.Alias>({ nodeType: 'alias', name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, as));
      } while (this.eatOp(','));
      if (paren) this.expectOp(')');
      if (names.length === 0) this.invalid();
    }
    return this.fin<A.ImportFrom>({ nodeType: 'ImportFrom', module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private exprOrAssign(): A.Stmt {
    const s = this.start();
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    if (this.isOp(':')) {
      // annotated assignment
      const target = first;
      if (target.nodeType === 'Tuple' && !this.parenthesized.has(target)) {
        this.raiseAt('only single target (not tuple) can be annotated', target, target);
      }
      if (target.nodeType === 'List') this.raiseAt('only single target (not list) can be annotated', target, target);
      if (target.nodeType === 'Tuple') this.raiseAt('only single target (not tuple) can be annotated', target, target);
      if (target.nodeType !== 'Name' && target.nodeType !== 'Attribute' && target.nodeType !== 'Subscript') {
        this.raiseAt(`illegal target for annotation`, target, target);
      }
      this.p++;
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      this.setContext(target, 'Store', 'assign');
      const simple = target.nodeType === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
      this.requireVersion(6, 'Variable annotation syntax is');
      return this.fin<A.AnnAssign>({ nodeType: 'AnnAssign', target, annotation, value, simple, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp('=')) {
      const targets: A.Expr[] = [first];
      let value: A.Expr = first;
      while (this.eatOp('=')) {
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        if (this.isOp('=')) targets.push(value);
      }
      // CPython's invalid_named_expression: `a = b` alone, both at the bitwise_or level, and `a`
      // not starting with a list, tuple, generator expression, True, None or False
      // (in `a, f() = 1` the tuple's last item is such an `a`: CPython tries it first)
      const hint = targets.length === 1 && this.hintValue(value);
      if (hint && first.nodeType === 'Tuple' && first.elts.length > 0 && first.col_offset === first.elts[0].col_offset && first.lineno === first.elts[0].lineno) {
        const last = first.elts[first.elts.length - 1];
        if (!isTargetKind(last) && this.hintTarget(last)) this.setContext(last, 'Store', 'assign=');
      }
      for (const t of targets) this.setContext(t, 'Store', hint && t === first && this.hintTarget(first) ? 'assign=' : 'assign');
      const type_comment = this.typeComment(); // `!'=' [TYPE_COMMENT]`
      return this.fin<A.Assign>({ nodeType: 'Assign', targets, value, type_comment, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.tt() === TokenType.OP && this.tok.string in AUGASSIGN) {
      const op = AUGASSIGN[this.tok.string];
      if (op === 'MatMult') this.requireVersion(5, "The '@' operator is", this.peek(0));
      if (first.nodeType !== 'Name' && first.nodeType !== 'Attribute' && first.nodeType !== 'Subscript') {
        this.raiseAt(`'${describe(first)}' is an illegal expression for augmented assignment`, first, first);
      }
      this.p++;
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      this.setContext(first, 'Store', 'assign');
      return this.fin<A.AugAssign>({ nodeType: 'AugAssign', target: first, op, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    // legacy print / exec statements
    if (first.nodeType === 'Name' && (first.id === 'print' || first.id === 'exec') && this.startsExpression() && !this.parenthesized.has(first)) {
      const arg = this.starExpressions();
      const msg = first.id === 'print'
        ? `Missing parentheses in call to 'print'. Did you mean print(...)?`
        : `Missing parentheses in call to 'exec'. Did you mean exec(...)?`;
      this.raiseAt(msg, first, arg);
    }
    if (this.startsExpression() && this.tt() !== TokenType.STRING) {
      // two expressions in a row: CPython's generic error at the second
      this.invalid();
    }
    return this.fin<A.ExprStmt>({ nodeType: 'Expr', value: first, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /** Blocks: NEWLINE INDENT statements DEDENT, or simple statements on the same line. */
  private block(what: string, headerLine: number): A.Stmt[] {
    if (this.tt() === TokenType.NEWLINE) {
      this.p++;
      if (this.tt() !== TokenType.INDENT) {
        const t = this.tok;
        const msg = `expected an indented block after ${what} on line ${headerLine}`;
        if (t.type === TokenType.DEDENT || t.type === TokenType.ENDMARKER) this.raiseAtLookahead(msg, 'IndentationError');
        this.raiseAt(msg, this.start(t), { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset }, 'IndentationError');
      }
      this.p++;
      const body: A.Stmt[] = [];
      while (this.tt() !== TokenType.DEDENT && this.tt() !== TokenType.ENDMARKER) {
        if (this.tt() === TokenType.NEWLINE) { this.p++; continue; }
        body.push(...this.statement());
      }
      this.p++;
      return body;
    }
    return this.simpleStmts();
  }

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.namedExpression());
      if (this.tt() !== TokenType.NEWLINE) this.invalid();
      this.p++;
    }
    const s = this.start();
    if (this.isKw('def')) return this.funcDef(decorators, s);
    if (this.isKw('async') && this.isKw('def', this.peek())) { this.p++; return this.funcDef(decorators, s, true); }
    if (this.isKw('class')) return this.classDef(decorators, s);
    this.invalid();
  }

  private funcDef(decorator_list: A.Expr[], s: Pos, isAsync = false): A.FunctionDef | A.AsyncFunctionDef {
    const defTok = this.expectKw('def');
    const name = this.expectName();
    if (!this.isOp('(')) this.raiseAt("expected '('", this.start(), this.tok); // 'def' NAME &&'('
    this.p++;
    this.depth++;
    const args = this.parameters(')', true);
    this.depth--;
    this.expectOp(')');
    const returns = this.eatOp('->') ? this.expression() : null;
    this.expectForcedColon();
    const type_comment = this.funcTypeComment();
    const body = this.block('function definition', defTok.lineno);
    if (isAsync) this.requireVersion(5, 'Async functions are');
    return this.fin<A.FunctionDef | A.AsyncFunctionDef>({ nodeType: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns, type_comment, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /**
   * func_type_comment: `NEWLINE TYPE_COMMENT &(NEWLINE INDENT)` (a comment on the line after
   * the header, before the body) | invalid_double_type_comments | `TYPE_COMMENT` (on the header's
   * line). The error is at the body's INDENT, which has no position in CPython's tokenizer: the
   * column where the tokenizer stood (no +1), no end.
   */
  private funcTypeComment(): string | null {
    const T = TokenType;
    const at = (k: number): TokenType => this.peek(k).type;
    if (this.tt() === T.NEWLINE && at(1) === T.TYPE_COMMENT && at(2) === T.NEWLINE && at(3) === T.INDENT) {
      this.p++;
      return this.next().string;
    }
    if (this.tt() === T.TYPE_COMMENT && at(1) === T.NEWLINE && at(2) === T.TYPE_COMMENT && at(3) === T.NEWLINE && at(4) === T.INDENT) {
      const t = this.peek(4);
      throw new PySyntaxError('SyntaxError', 'Cannot have two type comments on def', this.filename, t.lineno, this.charCol(t.lineno, t.end_col_offset), this.lineText(t.lineno), t.lineno, -1);
    }
    return this.typeComment();
  }

  private classDef(decorator_list: A.Expr[], s: Pos): A.ClassDef {
    const classTok = this.expectKw('class');
    const name = this.expectName();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.eatOp('(')) {
      this.depth++;
      [bases, keywords] = this.callArguments();
      this.depth--;
      this.expectOp(')');
    }
    this.expectOp(':');
    const body = this.block('class definition', classTok.lineno);
    return this.fin<A.ClassDef>({ nodeType: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /** Parameters of a def (annotations allowed) or a lambda, up to `close`. */
  private parameters(close: string, annotations: boolean): A.Arguments {
    const a: A.Arguments = { nodeType: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let kwonly = false;
    let sawDefault = false;
    let sawSlash = false;
    let last: A.Arg | null = null; // the parameter just parsed: a def's takes a type comment
    const param = (star: boolean): A.Arg => {
      const s = this.start();
      const arg = this.expectName();
      let annotation: A.Expr | null = null;
      if (annotations && this.eatOp(':')) annotation = star && this.isOp('*') ? this.starExpression() : this.expression();
      return last = this.fin<A.Arg>({ nodeType: 'arg', arg, annotation, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    };
    while (!this.isOp(close)) {
      last = null;
      if (this.isOp('/')) {
        if (sawSlash) this.raiseAt('/ may appear only once', this.start(), this.tok);
        if (kwonly) this.raiseAt('/ must be ahead of *', this.start(), this.tok);
        if (a.args.length === 0) this.raiseAt('at least one argument must precede /', this.start(), this.tok);
        this.p++;
        if (this.isOp('*')) this.raiseAt('expected comma between / and *', this.start(), this.tok);
        this.requireVersion(8, 'Positional-only parameters are');
        sawSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp('*')) {
        if (kwonly) this.raiseAt('* argument may appear only once', this.start(), this.tok);
        const starTok = this.next();
        kwonly = true;
        if (this.isOp(',') || this.isOp(close)) {
          if (this.isOp(close) || (this.isOp(',') && (this.isOp(close, this.peek()) || this.isOp('**', this.peek())))) {
            // a def points at the '*'; a lambda (invalid_lambda_star_etc) at the last token matched
            const at = close === ')' ? starTok : this.isOp(close) ? this.tok : this.peek();
            this.raiseAt('named arguments must follow bare *', this.start(at), at);
          }
          // invalid_star_etc: '*' ',' TYPE_COMMENT (only made with type comments on)
          const tc = this.peek();
          if (tc.type === TokenType.TYPE_COMMENT) this.raiseAt('bare * has associated type comment', this.start(tc), tc);
        } else {
          a.vararg = param(true);
          if (this.isOp('=')) this.raiseAt('var-positional argument cannot have default value', this.start(), this.tok);
        }
      } else if (this.isOp('**')) {
        this.p++;
        a.kwarg = param(false);
        if (this.isOp('=')) this.raiseAt('var-keyword argument cannot have default value', this.start(), this.tok);
        const after = this.peek(this.peek().type === TokenType.TYPE_COMMENT ? 2 : 1);
        if (this.isOp(',') && !this.isOp(close, after)) this.raiseAt('arguments cannot follow var-keyword argument', this.start(after), after);
      } else {
        if (this.isOp('(') && !sawDefault && !sawSlash && !kwonly) this.parenthesizedParameters(annotations);
        const arg = param(false);
        if (this.eatOp('=')) {
          // invalid_default: '=' &(')'|',')
          if (this.isOp(')') || this.isOp(',')) this.raiseAt('expected default value expression', this.start(this.prev), this.prev);
          const d = this.expression();
          if (kwonly) a.kw_defaults.push(d);
          else { a.defaults.push(d); sawDefault = true; }
        } else if (kwonly) {
          a.kw_defaults.push(null);
        } else if (sawDefault) {
          this.raiseAt('non-default argument follows default argument', arg, arg);
        }
        (kwonly ? a.kwonlyargs : a.args).push(arg);
      }
      const justParsed = last as A.Arg | null; // (set by param(), which TypeScript does not follow)
      if (annotations && justParsed !== null) {
        // a def's parameter: `param ',' TYPE_COMMENT?` | `param TYPE_COMMENT? &')'`
        if (this.eatOp(',')) { justParsed.type_comment = this.typeComment(); continue; }
        if ((justParsed.type_comment = this.typeComment()) !== null && !this.isOp(close)) this.invalid();
        break;
      }
      if (!this.eatOp(',')) break;
    }
    return a;
  }

  /**
   * invalid_parameters / invalid_lambda_parameters: `def f(x, (y, z))` raises "Function
   * parameters cannot be parenthesized" over the parentheses when they hold plain parameters
   * (`'(' param_no_default+ ','? ')'`); anything else is left to the generic error.
   */
  private parenthesizedParameters(annotations: boolean): void {
    const save = this.p;
    const open = this.next();
    let ok = false;
    try {
      for (;;) {
        if (!this.isName()) break;
        this.p++;
        if (annotations && this.eatOp(':')) this.expression();
        const comma = this.eatOp(',');
        if (this.isOp(')')) { ok = true; break; }
        if (!comma) break;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    if (ok) {
      const close = this.tok;
      this.raiseAt(annotations ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized', this.start(open), close);
    }
    this.p = save;
  }

  private ifStmt(): A.If {
    const s = this.start();
    const kw = this.next(); // 'if' or 'elif'
    const test = this.namedExpression();
    this.checkAssignInCondition(test);
    this.expectOp(':');
    const body = this.block(`'${kw.string}' statement`, kw.lineno);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.ifStmt()];
    else if (this.isKw('else')) {
      const el = this.next();
      this.expectForcedColon();
      orelse = this.block(`'else' statement`, el.lineno);
    }
    return this.fin<A.If>({ nodeType: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private checkAssignInCondition(test: A.Expr): void {
    if (this.isOp('=')) {
      const eq = this.tok;
      this.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test, { end_lineno: eq.end_lineno, end_col_offset: eq.end_col_offset });
    }
  }

  private whileStmt(): A.While {
    const s = this.start();
    const kw = this.next();
    const test = this.namedExpression();
    this.checkAssignInCondition(test);
    this.expectOp(':');
    const body = this.block(`'while' statement`, kw.lineno);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const el = this.next();
      this.expectForcedColon();
      orelse = this.block(`'else' statement`, el.lineno);
    }
    return this.fin<A.While>({ nodeType: 'While', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private forStmt(asyncStart: Pos | null): A.For | A.AsyncFor {
    const s = asyncStart ?? this.start();
    const kw = this.expectKw('for');
    const target = this.targetList();
    this.setContext(target, 'Store', 'assign');
    this.expectKw('in');
    const iter = this.starExpressions();
    this.expectOp(':');
    const type_comment = this.typeComment();
    const body = this.block(`'for' statement`, kw.lineno);
    let orelse: A.Stmt[] = [];
    if (this.isKw('else')) {
      const el = this.next();
      this.expectForcedColon();
      orelse = this.block(`'else' statement`, el.lineno);
    }
    if (asyncStart) this.requireVersion(5, 'Async for loops are');
    return this.fin<A.For | A.AsyncFor>({ nodeType: asyncStart ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private withStmt(asyncStart: Pos | null): A.With | A.AsyncWith {
    const s = asyncStart ?? this.start();
    const kw = this.expectKw('with');
    let items: A.WithItem[] | null = null;
    let furthest = -1; // where the parenthesized form failed with a generic error
    let parenthesized = false;
    if (this.isOp('(')) {
      const save = this.p;
      try {
        this.p++;
        this.depth++;
        const list: A.WithItem[] = [];
        do {
          if (this.isOp(')')) break;
          list.push(this.withItem());
        } while (this.eatOp(','));
        this.depth--;
        this.expectOp(')');
        if (this.tt() === TokenType.NEWLINE) this.raiseExpected(':'); // invalid_with_stmt
        if (!this.isOp(':')) throw new Backtrack();
        // only the unparenthesized form takes a type comment (`with (a, b):  # type: T` is one
        // item, a tuple; `with (a as b):  # type: T` fails there)
        if (this.peek().type === TokenType.TYPE_COMMENT) { this.p++; throw new Backtrack(); }
        items = list;
        parenthesized = true;
      } catch (e) {
        if (!(e instanceof Backtrack) && !(e instanceof PySyntaxError)) throw e;
        if (e instanceof PySyntaxError && e.msg === "expected ':'") throw e;
        if (e instanceof Backtrack || e.msg === 'invalid syntax') furthest = this.p;
        this.p = save;
        this.depth = 0;
        items = null;
      }
    }
    if (items === null) {
      try {
        items = [this.withItem()];
        while (this.eatOp(',')) items.push(this.withItem());
      } catch (e) {
        // CPython reports a generic error at the furthest token either form reached
        if (e instanceof PySyntaxError && e.msg === 'invalid syntax' && furthest > this.p) this.invalid(this.toks[furthest]);
        throw e;
      }
    }
    this.expectOp(':');
    const type_comment = this.typeComment();
    const body = this.block(`'with' statement`, kw.lineno);
    if (asyncStart) this.requireVersion(5, 'Async with statements are');
    if (parenthesized) this.requireVersion(9, 'Parenthesized context managers are');
    return this.fin<A.With | A.AsyncWith>({ nodeType: asyncStart ? 'AsyncWith' : 'With', items, body, type_comment, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private withItem(): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.target();
      this.setContext(optional_vars, 'Store', 'assign');
    }
    return { nodeType: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): A.Try | A.TryStar {
    const s = this.start();
    const kw = this.next();
    this.expectForcedColon();
    const body = this.block(`'try' statement`, kw.lineno);
    const handlers: A.ExceptHandlerNode[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const hs = this.start();
      const ex = this.next();
      const isStar = this.eatOp('*');
      if (star !== null && star !== isStar) {
        this.raiseAt("cannot have both 'except' and 'except*' on the same 'try'", hs, isStar ? this.prev : ex);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (isStar && (this.isOp(':') || this.tt() === TokenType.NEWLINE)) this.raiseAt('expected one or more exception types', this.start(), this.tt() === TokenType.NEWLINE ? null : this.tok);
      if (this.tt() === TokenType.NEWLINE) this.raiseExpected(':'); // invalid_except_stmt: 'except' NEWLINE
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':',
          // from a to the last token before the ':'
          const t0 = type;
          const save = this.p;
          this.p++;
          try {
            this.expression();
            while (this.eatOp(',') && !this.isOp(':') && !this.isKw('as')) this.expression();
            if (this.eatKw('as')) this.expectName();
          } catch (e) {
            if (!(e instanceof PySyntaxError)) throw e;
            this.p = save;
            this.invalid();
          }
          if (!this.isOp(':')) this.invalid(this.toks[save]);
          this.raiseAt('multiple exception types must be parenthesized', t0, this.prev);
        }
        if (this.eatKw('as')) name = this.expectName();
      } else if (isStar) {
        this.raiseAt('expected one or more exception types', this.start(), this.tok);
      }
      this.expectOp(':');
      const hbody = this.block(isStar ? `'except*' statement` : `'except' statement`, ex.lineno);
      handlers.push(this.fin<A.ExceptHandler>({ nodeType: 'ExceptHandler', type, name, body: hbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, hs));
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw('else')) {
      if (handlers.length === 0) this.raiseAtLookahead("expected 'except' or 'finally' block");
      const el = this.next();
      this.expectForcedColon();
      orelse = this.block(`'else' statement`, el.lineno);
    }
    if (this.isKw('finally')) {
      const fk = this.next();
      this.expectForcedColon();
      finalbody = this.block(`'finally' statement`, fk.lineno);
    }
    if (handlers.length === 0 && finalbody.length === 0) this.raiseAtLookahead("expected 'except' or 'finally' block");
    if (star) this.requireVersion(11, 'Exception groups are');
    return this.fin<A.Try | A.TryStar>({ nodeType: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  // ── match statement ────────────────────────────────────────────────────────
  /** Where the last tryMatchStmt stopped after a whole subject (the token that was not ':'), or -1. */
  private matchFailedAt = -1;

  private tryMatchStmt(): A.Match | null {
    const save = this.p;
    this.matchFailedAt = -1;
    const s = this.start();
    const kw = this.next();
    let subject: A.Expr;
    try {
      if (!this.startsExpression()) throw new Backtrack();
      const ss = this.start();
      const first = this.starNamedExpression();
      if (this.isOp(',')) {
        const elts = [first];
        while (this.eatOp(',')) {
          if (this.isOp(':')) break;
          elts.push(this.starNamedExpression());
        }
        subject = this.fin<A.Tuple>({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ss);
      } else subject = first;
      if (!this.isOp(':')) {
        this.matchFailedAt = this.p;
        throw new Backtrack();
      }
    } catch (e) {
      if (!(e instanceof Backtrack) && !(e instanceof PySyntaxError)) throw e;
      this.p = save;
      return null;
    }
    this.p++;
    if (this.tt() !== TokenType.NEWLINE) this.invalid();
    this.p++;
    if (this.tt() !== TokenType.INDENT) {
      const t = this.tok;
      this.raiseAt(`expected an indented block after 'match' statement on line ${kw.lineno}`, this.start(t), { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset }, 'IndentationError');
    }
    this.p++;
    const cases: A.MatchCase[] = [];
    while (this.tt() !== TokenType.DEDENT && this.tt() !== TokenType.ENDMARKER) {
      if (!this.isKw('case')) this.invalid();
      const ck = this.next();
      const pattern = this.patterns();
      const guard = this.eatKw('if') ? this.namedExpression() : null;
      this.expectOp(':');
      const body = this.block(`'case' statement`, ck.lineno);
      cases.push({ nodeType: 'match_case', pattern, guard, body });
    }
    this.p++;
    this.requireVersion(10, 'Pattern matching is');
    return this.fin<A.Match>({ nodeType: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private patterns(): A.Pattern {
    const s = this.start();
    const first = this.maybeStarPattern();
    if (this.isOp(',')) {
      const pats = [first];
      while (this.eatOp(',')) {
        if (this.isOp(':') || this.isKw('if')) break;
        pats.push(this.maybeStarPattern());
      }
      return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (first.nodeType === 'MatchStar') return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: [first], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    return first;
  }

  private maybeStarPattern(): A.Pattern {
    if (this.isOp('*')) {
      const s = this.start();
      this.p++;
      const n = this.expectName();
      return this.fin<A.MatchStar>({ nodeType: 'MatchStar', name: n === '_' ? null : n, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.pattern();
  }

  private pattern(): A.Pattern {
    const s = this.start();
    const or = this.orPattern();
    if (this.eatKw('as')) {
      if (this.isOp('_') || (this.tt() === TokenType.NAME && this.tok.string === '_')) {
        this.raiseAt("cannot use '_' as a target", this.start(), this.tok);
      }
      if (!this.isName()) {
        // invalid_as_pattern: or_pattern 'as' !NAME a=expression
        const target = this.expression();
        this.raiseAt('invalid pattern target', target, target);
      }
      const name = this.expectName();
      if (this.isOp('.') || this.isOp('(') || this.isOp('=')) this.invalid(); // pattern_capture_target
      return this.fin<A.MatchAs>({ nodeType: 'MatchAs', pattern: or, name, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return or;
  }

  private orPattern(): A.Pattern {
    const s = this.start();
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const pats = [first];
    while (this.eatOp('|')) pats.push(this.closedPattern());
    return this.fin<A.MatchOr>({ nodeType: 'MatchOr', patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private closedPattern(): A.Pattern {
    const s = this.start();
    const t = this.tok;
    if (t.type === TokenType.NUMBER || (this.isOp('-') && this.peek().type === TokenType.NUMBER)) {
      return this.fin<A.MatchValue>({ nodeType: 'MatchValue', value: this.signedNumberPattern(), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (t.type === TokenType.STRING) {
      return this.fin<A.MatchValue>({ nodeType: 'MatchValue', value: this.strings(), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isKw('None') || this.isKw('True') || this.isKw('False')) {
      this.p++;
      const value = t.string === 'None' ? null : t.string === 'True';
      return this.fin<A.MatchSingleton>({ nodeType: 'MatchSingleton', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp('(')) {
      this.p++;
      if (this.eatOp(')')) return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      const first = this.maybeStarPattern();
      if (this.isOp(',')) {
        const pats = [first];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          pats.push(this.maybeStarPattern());
        }
        this.expectOp(')');
        return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      }
      this.expectOp(')');
      if (first.nodeType === 'MatchStar') return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: [first], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      return first;
    }
    if (this.isOp('[')) {
      this.p++;
      const pats: A.Pattern[] = [];
      while (!this.isOp(']')) {
        pats.push(this.maybeStarPattern());
        if (!this.eatOp(',')) break;
      }
      this.expectOp(']');
      return this.fin<A.MatchSequence>({ nodeType: 'MatchSequence', patterns: pats, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp('{')) return this.mappingPattern();
    if (this.isName()) {
      // capture, wildcard, value (dotted) or class pattern
      const ns = this.start();
      let name = this.expectName();
      let expr: A.Expr = this.fin<A.Name>({ nodeType: 'Name', id: name, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ns);
      let dotted = false;
      while (this.eatOp('.')) {
        const attr = this.expectName();
        expr = this.fin<A.Attribute>({ nodeType: 'Attribute', value: expr, attr, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ns);
        dotted = true;
      }
      if (this.isOp('(')) return this.classPattern(expr, s);
      if (dotted) return this.fin<A.MatchValue>({ nodeType: 'MatchValue', value: expr, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      if (name === '_') return this.fin<A.MatchAs>({ nodeType: 'MatchAs', pattern: null, name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      name = (expr as A.Name).id;
      return this.fin<A.MatchAs>({ nodeType: 'MatchAs', pattern: null, name, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    this.invalid();
  }

  private signedNumberPattern(): A.Expr {
    const s = this.start();
    let value: A.Expr;
    const imaginary = (t: Token): boolean => /[jJ]$/.test(t.string);
    const realTok = this.isOp('-') ? this.peek() : this.tok;
    if (this.isOp('-')) {
      this.p++;
      const n = this.numberLiteral(this.next());
      value = this.fin<A.UnaryOp>({ nodeType: 'UnaryOp', op: 'USub', operand: n, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    } else value = this.numberLiteral(this.next());
    if (this.isOp('+') || this.isOp('-')) {
      // complex_number: signed_real_number ('+'|'-') imaginary_number
      if (imaginary(realTok)) this.raiseAt('real number required in complex literal', this.start(realTok), realTok);
      const op: A.OperatorKind = this.next().string === '+' ? 'Add' : 'Sub';
      if (this.tt() !== TokenType.NUMBER) this.invalid();
      if (!imaginary(this.tok)) this.raiseAt('imaginary number required in complex literal', this.start(), this.tok);
      const right = this.numberLiteral(this.next());
      value = this.fin<A.BinOp>({ nodeType: 'BinOp', left: value, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return value;
  }

  private mappingPattern(): A.MatchMapping {
    const s = this.start();
    this.expectOp('{');
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        // pattern_capture_target: !"_" NAME
        if (this.tt() === TokenType.NAME && this.tok.string === '_') this.invalid();
        rest = this.expectName();
        this.eatOp(',');
        break;
      }
      let key: A.Expr;
      const ks = this.start();
      if (this.tt() === TokenType.NUMBER || this.isOp('-')) key = this.signedNumberPattern();
      else if (this.tt() === TokenType.STRING) key = this.strings();
      else if (this.isKw('None') || this.isKw('True') || this.isKw('False')) {
        const t = this.next();
        key = this.fin<A.Constant>({ nodeType: 'Constant', value: t.string === 'None' ? null : t.string === 'True', kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ks);
      } else {
        let e: A.Expr = this.fin<A.Name>({ nodeType: 'Name', id: this.expectName(), ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ks);
        if (!this.isOp('.')) this.invalid();
        while (this.eatOp('.')) e = this.fin<A.Attribute>({ nodeType: 'Attribute', value: e, attr: this.expectName(), ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, ks);
        key = e;
      }
      this.expectOp(':');
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return this.fin<A.MatchMapping>({ nodeType: 'MatchMapping', keys, patterns, rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private classPattern(cls: A.Expr, s: Pos): A.MatchClass {
    this.expectOp('(');
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', this.peek())) {
        kwd_attrs.push(this.expectName());
        this.p++;
        kwd_patterns.push(this.pattern());
      } else {
        const pat = this.pattern();
        if (kwd_attrs.length > 0) this.raiseAt('positional patterns follow keyword patterns', pat, pat);
        patterns.push(pat);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return this.fin<A.MatchClass>({ nodeType: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  // ── targets ────────────────────────────────────────────────────────────────
  /** `for` targets: star_targets, parsed as bitwise_or items (so `in` ends them). */
  private targetList(): A.Expr {
    const s = this.start();
    const first = this.bitwiseOrOrStar();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isKw('in') || this.isOp('=')) break;
      elts.push(this.bitwiseOrOrStar());
    }
    return this.fin<A.Tuple>({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private target(): A.Expr {
    return this.bitwiseOrOrStar();
  }

  private bitwiseOrOrStar(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.p++;
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ nodeType: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.bitwiseOr();
  }

  /** Sets Store/Del context on a target, raising CPython's error for an invalid one. */
  private setContext(e: A.Expr, ctx: A.ExprContext, how: 'assign' | 'assign=' | 'delete'): void {
    switch (e.nodeType) {
      case 'Name':
        e.ctx = ctx;
        return;
      case 'Attribute':
      case 'Subscript':
        e.ctx = ctx;
        return;
      case 'Starred':
        if (how === 'delete') break;
        e.ctx = ctx;
        this.setContext(e.value, ctx, how);
        return;
      case 'Tuple':
      case 'List':
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx, how);
        return;
      default:
        break;
    }
    const what = describe(e);
    if (how === 'delete') this.raiseAt(`cannot delete ${what}`, e, e);
    if ((e.nodeType === 'Yield' || e.nodeType === 'YieldFrom') && !this.parenthesized.has(e)) {
      this.raiseAt('assignment to yield expression not possible', e, e); // (`x = yield = 3`)
    }
    if (how === 'assign=') this.raiseAt(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, e, e);
    this.raiseAt(`cannot assign to ${what}`, e, e);
  }

  /** The leftmost operand chain of e, down to a parenthesized node or a leaf. */
  private leftmost(e: A.Expr, visit: (x: A.Expr) => boolean | null): boolean {
    for (;;) {
      const r = visit(e);
      if (r !== null) return r;
      if (this.parenthesized.has(e)) return true;
      switch (e.nodeType) {
        case 'Call': e = e.func; break;
        case 'Attribute': case 'Subscript': e = e.value; break;
        case 'BinOp': e = e.left; break;
        default: return true;
      }
    }
  }

  /** An assignment target CPython names with "here. Maybe you meant '=='": a bitwise_or that
   *  does not start with a list, tuple, generator expression, True, None or False. */
  private hintTarget(t: A.Expr): boolean {
    const paren = this.parenthesized.has(t);
    if (!paren && (t.nodeType === 'Compare' || t.nodeType === 'BoolOp' || t.nodeType === 'IfExp' || t.nodeType === 'Lambda' ||
      t.nodeType === 'Starred' || t.nodeType === 'Tuple' || (t.nodeType === 'UnaryOp' && t.op === 'Not'))) return false;
    return this.leftmost(t, (x) => {
      if (x.nodeType === 'List' || x.nodeType === 'GeneratorExp') return false;
      if (x.nodeType === 'Tuple') return false; // (a tuple inside a target is parenthesized)
      if (x.nodeType === 'Constant' && !this.parenthesized.has(x) && (x.value === null || typeof x.value === 'boolean')) return false;
      return null;
    });
  }

  /** The value of `a = value` starts with a bitwise_or (not yield, lambda, not, a star). */
  private hintValue(v: A.Expr): boolean {
    for (;;) {
      if (this.parenthesized.has(v)) return true;
      switch (v.nodeType) {
        case 'Tuple': if (v.elts.length === 0) return true; v = v.elts[0]; break;
        case 'IfExp': v = v.body; break;
        case 'BoolOp': v = v.values[0]; break;
        case 'Compare': return true;
        case 'Yield': case 'YieldFrom': case 'Lambda': case 'Starred': return false;
        case 'UnaryOp': return v.op !== 'Not';
        default: return true;
      }
    }
  }

  // ── expressions ────────────────────────────────────────────────────────────
  private startsExpression(t: Token = this.tok): boolean {
    switch (t.type) {
      case TokenType.NUMBER:
      case TokenType.STRING:
        return true;
      case TokenType.NAME:
        if (this.isName(t)) return true;
        return t.string === 'not' || t.string === 'lambda' || t.string === 'await' || t.string === 'None' ||
          t.string === 'True' || t.string === 'False' || t.string === 'yield';
      case TokenType.OP:
        return t.string === '(' || t.string === '[' || t.string === '{' || t.string === '-' || t.string === '+' ||
          t.string === '~' || t.string === '*' || t.string === '...';
      default:
        return false;
    }
  }

  private starExpressions(): A.Expr {
    const s = this.start();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression() || this.isKw('yield')) break;
      elts.push(this.starExpression());
    }
    return this.fin<A.Tuple>({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private starExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.p++;
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ nodeType: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.expression();
  }

  private starNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.p++;
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ nodeType: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.namedExpression();
  }

  private namedExpression(callArg = false): A.Expr {
    if (this.isName() && this.isOp(':=', this.peek())) {
      const s = this.start();
      const id = this.expectName();
      const target = this.fin<A.Name>({ nodeType: 'Name', id, ctx: 'Store', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      this.p++;
      const value = this.expression();
      this.requireVersion(8, 'Assignment expressions are');
      return this.fin<A.NamedExpr>({ nodeType: 'NamedExpr', target, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    const e = this.expression();
    if (this.isOp(':=')) {
      this.raiseAt(`cannot use assignment expressions with ${describe(e)}`, e, e);
    }
    if (!callArg && this.isOp('=')) this.invalidNamedExpression(e);
    return e;
  }

  /** CPython's invalid_named_expression, for `a = b` where a named expression stands (a display
   *  item, a condition): b a bitwise_or not followed by '=' or ':='. */
  private invalidNamedExpression(e: A.Expr): void {
    const save = this.p;
    this.p++; // '='
    let value: A.Expr | null = null;
    if (this.startsExpression() && !this.isKw('not') && !this.isKw('lambda') && !this.isKw('yield') && !this.isOp('*')) {
      try {
        value = this.bitwiseOr();
      } catch (err) {
        if (!(err instanceof PySyntaxError)) throw err;
      }
    }
    const after = value !== null && !this.isOp('=') && !this.isOp(':=');
    this.p = save;
    if (!after || value === null) return;
    if (e.nodeType === 'Name' && !this.parenthesized.has(e)) {
      this.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, value);
    }
    if (this.hintTarget(e)) this.raiseAt(`cannot assign to ${describe(e)} here. Maybe you meant '==' instead of '='?`, e, e);
  }

  private expression(): A.Expr {
    if (this.isKw('lambda')) return this.lambdef();
    const s = this.start();
    const body = this.disjunction();
    if (this.isKw('if')) {
      this.p++;
      const test = this.disjunction();
      if (!this.isKw('else')) {
        // invalid_expression: disjunction 'if' disjunction !('else'|':')
        if (this.isOp(':')) this.invalid();
        this.raiseAt('expected \'else\' after \'if\' expression', body, this.prev);
      }
      this.p++;
      const orelse = this.expression();
      return this.fin<A.IfExp>({ nodeType: 'IfExp', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return body;
  }

  private lambdef(): A.Lambda {
    const s = this.start();
    this.p++;
    const args = this.parameters(':', false);
    if (!this.isOp(':')) this.invalid(); // the grammar's lambdef ':' is not a forced token: "invalid syntax"
    this.p++;
    const body = this.expression();
    return this.fin<A.Lambda>({ nodeType: 'Lambda', args, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private disjunction(): A.Expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.fin<A.BoolOp>({ nodeType: 'BoolOp', op: 'Or', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private conjunction(): A.Expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.fin<A.BoolOp>({ nodeType: 'BoolOp', op: 'And', values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private inversion(): A.Expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.p++;
      const operand = this.inversion();
      return this.fin<A.UnaryOp>({ nodeType: 'UnaryOp', op: 'Not', operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.comparison();
  }

  private comparison(): A.Expr {
    const s = this.start();
    const left = this.bitwiseOr();
    const ops: A.CmpOpKind[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.tok;
      let op: A.CmpOpKind | null = null;
      if (t.type === TokenType.OP && t.string in COMPARE) { op = COMPARE[t.string]; this.p++; }
      else if (this.isKw('in')) { op = 'In'; this.p++; }
      else if (this.isKw('not') && this.isKw('in', this.peek())) { op = 'NotIn'; this.p += 2; }
      else if (this.isKw('is')) {
        this.p++;
        op = this.eatKw('not') ? 'IsNot' : 'Is';
      }
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (ops.length === 0) return left;
    return this.fin<A.Compare>({ nodeType: 'Compare', left, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /**
   * Binary operators by precedence climbing: levels 0 |, 1 ^, 2 &, 3 << >>, 4 + -, 5 * / // % @,
   * all left-associative. One call per operand rather than one per level; a BinOp starts where
   * its left operand does, as in the grammar's left-recursive rules.
   */
  private binary(minLevel: number): A.Expr {
    const s = this.tok;
    let left = this.factor();
    for (;;) {
      const t = this.tok;
      if (t.type !== TokenType.OP) return left;
      const level = binaryLevel(t.string);
      if (level < minLevel) return left;
      this.p++;
      const right = this.binary(level + 1);
      if (level === 5 && t.string === '@') this.requireVersion(5, "The '@' operator is");
      left = this.fin<A.BinOp>({ nodeType: 'BinOp', left, op: BINOPS[level][t.string], right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
  }

  private bitwiseOr(): A.Expr {
    return this.binary(0);
  }

  private factor(): A.Expr {
    const t = this.tok;
    if (t.type === TokenType.OP && (t.string === '-' || t.string === '+' || t.string === '~')) {
      const s = this.start();
      this.p++;
      const operand = this.factor();
      const op: A.UnaryOpKind = t.string === '-' ? 'USub' : t.string === '+' ? 'UAdd' : 'Invert';
      return this.fin<A.UnaryOp>({ nodeType: 'UnaryOp', op, operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.power();
  }

  private power(): A.Expr {
    const s = this.start();
    const base = this.awaitPrimary();
    if (this.eatOp('**')) {
      const right = this.factor();
      return this.fin<A.BinOp>({ nodeType: 'BinOp', left: base, op: 'Pow', right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return base;
  }

  private awaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const s = this.start();
      this.p++;
      const value = this.primary();
      this.requireVersion(5, 'Await expressions are');
      return this.fin<A.Await>({ nodeType: 'Await', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    return this.primary();
  }

  private primary(): A.Expr {
    const s = this.start();
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.p++;
        const attr = this.expectName();
        e = this.fin<A.Attribute>({ nodeType: 'Attribute', value: e, attr, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      } else if (this.isOp('(')) {
        const open = this.next();
        this.depth++;
        const [args, keywords] = this.callArguments(open);
        this.depth--;
        this.closeBracket(')', open);
        e = this.fin<A.Call>({ nodeType: 'Call', func: e, args, keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      } else if (this.isOp('[')) {
        const open = this.next();
        this.depth++;
        const slice = this.slices();
        this.depth--;
        this.closeBracket(']', open);
        e = this.fin<A.Subscript>({ nodeType: 'Subscript', value: e, slice, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      } else return e;
    }
  }

  /** Expects a closing bracket; two expressions in a row inside brackets → "forgot a comma?". */
  private closeBracket(close: string, _open: Token): void {
    if (this.isOp(close)) { this.p++; return; }
    this.invalid();
  }

  private slices(): A.Expr {
    const s = this.start();
    const first = this.isOp('*') ? this.starExpression() : this.slice();
    if (!this.isOp(',')) {
      if (first.nodeType === 'Starred') return this.fin<A.Tuple>({ nodeType: 'Tuple', elts: [first], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.isOp('*') ? this.starExpression() : this.slice());
    }
    return this.fin<A.Tuple>({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private slice(): A.Expr {
    const s = this.start();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      const e = this.namedExpression();
      if (!this.isOp(':')) return e;
      if (e.nodeType === 'NamedExpr') this.invalid();
      lower = e;
    }
    this.p++; // ':'
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return this.fin<A.Slice>({ nodeType: 'Slice', lower, upper, step, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /** Arguments of a call (after '(') up to ')': positional, *args, keywords, **kwargs. */
  private callArguments(open?: Token): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(')')) {
      const s = this.start();
      if (this.isOp('*')) {
        const star = this.next();
        // invalid_arguments: args ',' '*' after a `**` argument, whatever follows the '*'
        if (sawDoubleStar) this.raiseAt('iterable argument unpacking follows keyword argument unpacking', s, star);
        const value = this.expression();
        if (this.isCompFor()) this.raiseAt('iterable unpacking cannot be used in comprehension', star, value);
        args.push(this.fin<A.Starred>({ nodeType: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s));
      } else if (this.isOp('**')) {
        this.p++;
        const value = this.expression();
        keywords.push(this.fin<A.Keyword>({ nodeType: 'keyword', arg: null, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s));
        sawDoubleStar = true;
      } else if (this.isName() && this.isOp('=', this.peek())) {
        const nameTok = this.tok;
        const arg = this.expectName();
        const eq = this.tok;
        this.p++;
        const value = this.expression();
        // CPython's invalid_kwarg: `f(a = x for x in y)`, caret from the name to the '='
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', this.peek()))) {
          this.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.start(nameTok), eq);
        }
        keywords.push(this.fin<A.Keyword>({ nodeType: 'keyword', arg, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s));
        sawKeyword = true;
      } else {
        let e = this.namedExpression(true);
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', this.peek()))) {
          const forTok = this.tok;
          const generators = this.comprehensionClauses();
          // a class's bases are `arguments`, not a call: no bare generator expression
          if (open === undefined && args.length === 0 && keywords.length === 0 && !this.isOp(',')) this.raiseAt('invalid syntax', this.start(forTok), forTok);
          const sole = args.length === 0 && keywords.length === 0 && this.isOp(')') && open !== undefined;
          if (!sole) {
            if (args.length > 0 || keywords.length > 0 || this.isOp(',')) {
              this.raiseAt('Generator expression must be parenthesized', e, this.prev);
            }
          }
          const gs = open ? this.start(open) : s;
          const node: A.GeneratorExp = { nodeType: 'GeneratorExp', elt: e, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
          if (sole && open) {
            const close = this.tok;
            e = this.span(node, gs, { end_lineno: close.end_lineno, end_col_offset: close.end_col_offset } as A.Located);
          } else e = this.fin(node, s);
        } else if (this.isOp('=')) {
          // CPython's invalid_kwarg: `f(True=1)` names the keyword, caret through the '='
          const before = this.prev;
          if (before.string === 'True' || before.string === 'False' || before.string === 'None') {
            this.raiseAt(`cannot assign to ${before.string}`, this.start(before), this.tok);
          }
          this.raiseAt('expression cannot contain assignment, perhaps you meant "=="?', e, this.tok);
        }
        // CPython points at the token after the offending argument
        const after = this.tok;
        if (sawDoubleStar) this.raiseAt('positional argument follows keyword argument unpacking', this.start(after), after);
        if (sawKeyword) this.raiseAt('positional argument follows keyword argument', this.start(after), after);
        args.push(e);
      }
      if (!this.eatOp(',')) {
        if (!this.isOp(')') && this.startsExpression() && this.depth > 0) this.forgotComma(args, keywords);
        break;
      }
    }
    return [args, keywords];
  }

  private forgotComma(args: A.Expr[], keywords: A.Keyword[]): never {
    const last: A.Located | undefined = keywords.length > 0 ? keywords[keywords.length - 1].value : args[args.length - 1];
    if (!last) this.invalid();
    const save = this.p;
    let b: A.Expr | null = null;
    try {
      b = this.expression();
    } catch {
      b = null;
    }
    if (b === null) { this.p = save; this.invalid(); }
    this.raiseAt('invalid syntax. Perhaps you forgot a comma?', last, b);
  }

  private comprehensionClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    while (this.isKw('for') || (this.isKw('async') && this.isKw('for', this.peek()))) {
      const isAsync = this.eatKw('async') ? 1 : 0;
      this.p++; // for
      const target = this.targetList();
      this.setContext(target, 'Store', 'assign');
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      if (isAsync) this.requireVersion(6, 'Async comprehensions are');
      gens.push({ nodeType: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  private isCompFor(): boolean {
    return this.isKw('for') || (this.isKw('async') && this.isKw('for', this.peek()));
  }

  private atom(): A.Expr {
    const t = this.tok;
    const s = this.start();
    switch (t.type) {
      case TokenType.NAME: {
        if (this.isName(t)) {
          this.p++;
          return this.fin<A.Name>({ nodeType: 'Name', id: normalizeIdentifier(t.string), ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
          this.p++;
          const value = t.string === 'None' ? null : t.string === 'True';
          return this.fin<A.Constant>({ nodeType: 'Constant', value, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        this.invalid();
      }
      // falls through (unreachable: invalid() throws)
      case TokenType.NUMBER:
        this.p++;
        return this.numberLiteral(t);
      case TokenType.STRING:
        return this.strings();
      case TokenType.OP:
        switch (t.string) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          case '...':
            this.p++;
            return this.fin<A.Constant>({ nodeType: 'Constant', value: ELLIPSIS, kind: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
        }
        break;
      default:
        break;
    }
    this.invalid();
  }

  private strings(): A.Expr {
    const toks: Token[] = [];
    while (this.tt() === TokenType.STRING) toks.push(this.next());
    const e = parseStringTokens(toks, this);
    if (this.featureVersion < 6 && toks.some((t) => /^[a-eg-zA-EG-Z]*[fF]/.test(t.string))) {
      this.raiseAt('Format strings are only supported in Python 3.6 and greater', this.start(), this.tok);
    }
    return e;
  }

  private parenAtom(): A.Expr {
    const s = this.start();
    const open = this.next();
    this.depth++;
    if (this.isOp(')')) {
      this.p++;
      this.depth--;
      return this.fin<A.Tuple>({ nodeType: 'Tuple', elts: [], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp('**')) {
      // CPython's invalid_group: '(' '**' expression ')'; any other '(' '**' fails at the '**'
      const dstar = this.next();
      let group = false;
      try {
        this.expression();
        group = this.isOp(')');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
      }
      if (group) this.raiseAt('cannot use double starred expression here', dstar, dstar);
      this.invalid(dstar);
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.closeBracket(')', open);
      this.depth--;
      this.parenthesized.add(y);
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      this.noStarredElement(first);
      const generators = this.comprehensionClauses();
      this.closeBracket(')', open);
      this.depth--;
      return this.fin<A.GeneratorExp>({ nodeType: 'GeneratorExp', elt: first, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        elts.push(this.starNamedExpression());
      }
      this.expectCloseInList(')', elts);
      this.depth--;
      return this.fin<A.Tuple>({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (!this.isOp(')') && this.startsExpression()) this.forgotComma([first], []);
    // CPython's invalid_group: a lone starred expression in parentheses
    if (first.nodeType === 'Starred' && this.isOp(')')) this.raiseAt('cannot use starred expression here', first, first);
    this.closeBracket(')', open);
    this.depth--;
    this.parenthesized.add(first);
    return first;
  }

  /** CPython's invalid_comprehension: `[*x for ...]`, `{*x for ...}`, `(*x for ...)`. */
  private noStarredElement(first: A.Expr): void {
    if (first.nodeType === 'Starred') this.raiseAt('iterable unpacking cannot be used in comprehension', first, first);
  }

  private expectCloseInList(close: string, elts: A.Expr[]): void {
    if (this.isOp(close)) { this.p++; return; }
    if (this.startsExpression()) this.forgotComma(elts, []);
    this.invalid();
  }

  private listAtom(): A.Expr {
    const s = this.start();
    this.next();
    this.depth++;
    if (this.eatOp(']')) {
      this.depth--;
      return this.fin<A.List>({ nodeType: 'List', elts: [], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      this.noStarredElement(first);
      const generators = this.comprehensionClauses();
      this.expectOp(']');
      this.depth--;
      return this.fin<A.ListComp>({ nodeType: 'ListComp', elt: first, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      this.comprehensionTargetUnparenthesized(elts);
      elts.push(this.starNamedExpression());
    }
    this.comprehensionTargetUnparenthesized(elts);
    this.expectCloseInList(']', elts);
    this.depth--;
    return this.fin<A.List>({ nodeType: 'List', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private braceAtom(): A.Expr {
    const s = this.start();
    this.next();
    this.depth++;
    if (this.eatOp('}')) {
      this.depth--;
      return this.fin<A.Dict>({ nodeType: 'Dict', keys: [], values: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    if (this.isOp('**')) return this.dictRest(s, [], []);
    const first = this.starNamedExpression();
    if (this.eatOp(':')) {
      const value = this.dictValue();
      if (this.isCompFor()) {
        const generators = this.comprehensionClauses();
        this.expectOp('}');
        this.depth--;
        return this.fin<A.DictComp>({ nodeType: 'DictComp', key: first, value, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
      }
      return this.dictRest(s, [first], [value]);
    }
    if (this.isCompFor()) {
      this.noStarredElement(first);
      const generators = this.comprehensionClauses();
      this.expectOp('}');
      this.depth--;
      return this.fin<A.SetComp>({ nodeType: 'SetComp', elt: first, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      this.comprehensionTargetUnparenthesized(elts);
      elts.push(this.starNamedExpression());
    }
    this.comprehensionTargetUnparenthesized(elts);
    this.expectCloseInList('}', elts);
    this.depth--;
    return this.fin<A.Set>({ nodeType: 'Set', elts, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  /**
   * invalid_comprehension: `[x, y for ...]` (range over the elements) or `[x, for ...]` (the
   * first element to the comma), as CPython; called after each element and after each comma.
   */
  private comprehensionTargetUnparenthesized(elts: A.Expr[]): void {
    if (!this.isCompFor()) return;
    const afterComma = this.isOp(',', this.prev);
    if (elts.length === 1 && !afterComma) return;
    const end: A.Located | Token = elts.length === 1 ? this.prev : elts[elts.length - 1];
    this.raiseAt('did you forget parentheses around the comprehension target?', elts[0], end);
  }

  /** A dict value after `key:`: CPython's invalid_kvpair errors for `{k:}` and `{k: *v}`. */
  private dictValue(): A.Expr {
    if (this.isOp('}') || this.isOp(',')) {
      const colon = this.prev;
      this.raiseAt("expression expected after dictionary key and ':'", this.start(colon), colon);
    }
    if (this.isOp('*')) {
      const star = this.next();
      this.bitwiseOr();
      this.raiseAt('cannot use a starred expression in a dictionary value', this.start(star), this.prev);
    }
    return this.expression();
  }

  private dictRest(s: Pos, keys: (A.Expr | null)[], values: A.Expr[]): A.Dict {
    if (keys.length > 0 && !this.eatOp(',')) {
      this.expectCloseInList('}', values);
      this.depth--;
      return this.fin<A.Dict>({ nodeType: 'Dict', keys, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        const dstar = this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
        if (keys.length === 1 && this.isCompFor()) this.raiseAt('dict unpacking cannot be used in dict comprehension', dstar, dstar);
      } else {
        const key = this.expression();
        keys.push(key);
        // invalid_kvpair: the caret at the key's last character, no end
        if (!this.isOp(':')) throw new PySyntaxError('SyntaxError', "':' expected after dictionary key", this.filename, key.lineno, this.charCol(key.end_lineno, key.end_col_offset) , this.lineText(key.lineno), key.end_lineno, 0);
        this.p++;
        values.push(this.dictValue());
      }
      if (!this.eatOp(',')) break;
    }
    this.expectCloseInList('}', values);
    this.depth--;
    return this.fin<A.Dict>({ nodeType: 'Dict', keys, values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }

  private yieldExpr(): A.Expr {
    const s = this.start();
    this.p++; // yield
    if (this.eatKw('from')) {
      const value = this.expression();
      return this.fin<A.YieldFrom>({ nodeType: 'YieldFrom', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return this.fin<A.Yield>({ nodeType: 'Yield', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, s);
  }
}

class Backtrack extends Error {}

/**
 * CPython's tokenizer with async_hacks (feature_version below 3.7): `async` is a keyword right
 * before `def`, and `async`/`await` are keywords inside an `async def` (from its `def` until a
 * line, after the signature's NEWLINE and outside brackets, is indented no deeper than the
 * `async def` was); everywhere else they are names. Returns the tokens that are names.
 */
function asyncAsNames(toks: Token[]): Set<Token> {
  const names = new Set<Token>();
  let indent = 0, level = 0;
  let inAsyncDef = false, defIndent = 0, sawNewline = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === TokenType.INDENT) indent++;
    else if (t.type === TokenType.DEDENT) indent--;
    else if (t.type === TokenType.OP) {
      if (t.string === '(' || t.string === '[' || t.string === '{') level++;
      else if (t.string === ')' || t.string === ']' || t.string === '}') level--;
    }
    // (a line holding only a type comment is a blank line there: it ends nothing)
    if (inAsyncDef && sawNewline && level === 0 && t.type !== TokenType.NEWLINE && t.type !== TokenType.TYPE_COMMENT && defIndent >= indent) inAsyncDef = false;
    if (t.type === TokenType.NEWLINE && inAsyncDef) sawNewline = true;
    if (t.type !== TokenType.NAME || (t.string !== 'async' && t.string !== 'await') || inAsyncDef) continue;
    const next = toks[i + 1];
    if (t.string === 'async' && next !== undefined && next.type === TokenType.NAME && next.string === 'def') {
      inAsyncDef = true;
      defIndent = indent;
      sawNewline = false;
    } else {
      names.add(t);
    }
  }
  return names;
}

/** The precedence level of a binary operator token (index into BINOPS), or -1. */
function binaryLevel(op: string): number {
  switch (op) {
    case '|': return 0;
    case '^': return 1;
    case '&': return 2;
    case '<<': case '>>': return 3;
    case '+': case '-': return 4;
    case '*': case '/': case '//': case '%': case '@': return 5;
    default: return -1;
  }
}

const BINOPS: Record<string, A.OperatorKind>[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];

/** CPython's name for an expression kind in "cannot assign to ..." messages. */
/** A node kind that can be an assignment target (its items aside). */
function isTargetKind(e: A.Expr): boolean {
  return e.nodeType === 'Name' || e.nodeType === 'Attribute' || e.nodeType === 'Subscript' || e.nodeType === 'Starred' ||
    e.nodeType === 'Tuple' || e.nodeType === 'List';
}

function describe(e: A.Expr): string {
  switch (e.nodeType) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (v === ELLIPSIS) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** `typeComments`: PyCF_TYPE_COMMENTS (ast.parse(type_comments=True)): `# type:` comments are
 *  tokens the grammar places (and an error anywhere else), `# type: ignore` comments are listed. */
export function parse(source: string, filename: string, mode: ParseMode = 'exec', typeComments = false, featureVersion = 11): A.Mod {
  const parser = new Parser(source, filename, mode, typeComments, featureVersion < 0 ? 11 : featureVersion);
  const tokenizerError = parser.tokenizerError === null ? null : unclosedAsCPython(parser.tokenizerError, source, mode);
  if (tokenizerError === null) return parseAs(parser, mode);
  // As CPython (_PyPegen_tokenize_full_source_to_check_for_errors): an error of the tokenizer
  // anywhere in the source wins over the parser's, except a bracket left open at the end, which
  // wins only when the parser failed on a later line than the bracket's, or at the end of the
  // input ("def f(:" is invalid syntax, "x = (1,\ny = 2" and "x = (1 +" an unclosed bracket).
  if (parser.unclosedLine === 0) throw tokenizerError;
  try {
    parseAs(parser, mode);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // CPython compares the line of the last token its parser fetched. At the end of the input
    // inside brackets that is the tokenizer's EOF error; a specific message ("Perhaps you forgot a
    // comma?") comes from the second pass, after the first fetched past the error's line.
    const line = parser.currentLine();
    const furtherThanBracket = parser.atEnd() || line > parser.unclosedLine || (e.msg !== 'invalid syntax' && line >= parser.unclosedLine);
    if (!furtherThanBracket) throw e;
  }
  throw tokenizerError;
}

/**
 * "'(' was never closed" as CPython locates it: no end column, and the bracket's line as the
 * tokenizer holds it: the last line as buffered (a newline appended in 'exec' mode), an earlier
 * one without its newline.
 */
function unclosedAsCPython(e: PySyntaxError, source: string, mode: ParseMode): PySyntaxError {
  if (!e.msg.endsWith('was never closed') || e.text === null) return e;
  const buffered = mode === 'exec' && !source.endsWith('\n') ? source + '\n' : source;
  let lines = 0;
  for (let i = buffered.indexOf('\n'); i >= 0 && i < buffered.length - 1; i = buffered.indexOf('\n', i + 1)) lines++;
  const lastLine = lines + 1;
  const text = e.lineno < lastLine ? e.text.replace(/\n$/, '') : (mode === 'exec' && !e.text.endsWith('\n') ? e.text + '\n' : e.text);
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, 0);
}

function parseAs(parser: Parser, mode: ParseMode): A.Mod {
  switch (mode) {
    case 'exec': return parser.parseModule();
    case 'eval': return parser.parseEval();
    case 'single': return parser.parseInteractive();
    case 'func_type': return parser.parseFuncType();
  }
}

export function parseFile(bytes: Uint8Array, filename: string, mode: ParseMode = 'exec', typeComments = false): A.Mod {
  return parse(decodeSource(bytes, filename), filename, mode, typeComments);
}

/** pegen's error text comes from the tokenizer's buffer, which always ends the last line. */
function withNewline(line: string): string {
  return line.endsWith('\n') ? line : line + '\n';
}
