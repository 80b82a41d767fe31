// Codegen for the `match` statement (PEP 634): a port of CPython 3.11's compile.c pattern
// compiler (compiler_match_inner, compiler_pattern_*, pattern_helper_*), adapted to our opcodes.
// Invariants (as in compile.c): a pattern consumes its subject from TOS; captured values are
// rotated (with SWAP, as pattern_helper_rotate) beneath the `onTop` items still needed and the
// earlier captures, newest deepest, so the first capture ends on top; a failure jumps to
// failPop[onTop + stores.length], a chain of POP_TOPs that leaves the stack as it was before the
// case. The current location mirrors c->u->u_lineno so errors point where CPython's do. Since
// we have no AST optimizer, negative and complex literals are folded here (as ast_opt does), and
// three of 3.11's peephole results are emitted directly: a constant tuple of literal mapping
// keys, COPY + POP_JUMP_IF_NONE for the None checks after MATCH_KEYS / MATCH_CLASS, and
// POP_JUMP_IF_NOT_NONE for `case None`.
import type * as A from './ast';
import { PyBytes, PyComplex, PySurrogateStr, PyTupleConst, type ConstantValue } from './constants';
import { Label } from './assemble';
import { reprConstant } from './pyrepr';
import type { CodegenHost } from './codegen_host';

const CMP_EQ = 2;
const CMP_GTE = 5;
const BINOP_SUB = 10;

interface PatternContext {
  /** Names captured so far, in capture order (stores[0] ends on top of the stack). */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[n] pops n items, then falls through to failPop[0] (the case's failure exit). */
  failPop: Label[];
  /** Items on the stack above the captures that a failure must pop. */
  onTop: number;
}

const isWildcard = (p: A.Pattern): boolean => p.nodeType === 'MatchAs' && p.pattern === null && p.name === null;
const isStarWildcard = (p: A.Pattern): boolean => p.nodeType === 'MatchStar' && p.name === null;

export function compileMatch(host: CodegenHost, s: A.Match): void {
  new PatternCompiler(host).match(s);
}

class PatternCompiler {
  /** The location CPython's compiler_error would report (the last SET_LOC). */
  private cur: A.Located;

  constructor(private readonly host: CodegenHost) {
    this.cur = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
  }

  private setLoc(at: A.Located): void {
    this.cur = at;
    this.host.setLoc(at);
  }
  private error(msg: string): never {
    return this.host.error(msg, this.cur);
  }
  /** VISIT(c, expr, e): compile an expression, then restore the location (as compile.c does). */
  private visitExpr(e: A.Expr): void {
    this.host.expr(e);
    this.host.setLoc(this.cur);
  }

  // ── compiler_match_inner ───────────────────────────────────────────────────
  match(s: A.Match): void {
    const h = this.host;
    h.expr(s.subject);
    const end = new Label();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i];
      this.setLoc(m.pattern);
      const last = i === cases - hasDefault - 1;
      // Only copy the subject if we're *not* on the last case:
      if (!last) h.emit('COPY', 1);
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
      this.pattern(m.pattern, pc);
      // It's a match! Store all of the captured names (they're on the stack).
      for (const name of pc.stores) h.store(name);
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        h.jumpIf(m.guard, false, pc.failPop[0]);
      }
      // Success! Pop the subject off, we're done with it:
      if (!last) h.emit('POP_TOP');
      h.body(m.body);
      h.setLoc(null);
      h.emit('JUMP_FORWARD', end);
      // A failed match's cleanup belongs to the pattern's line, not the body's last line.
      this.setLoc(m.pattern);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      // A trailing "case _" saves the copy of the subject in the loop above.
      m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      if (cases === 1) h.emit('POP_TOP');
      else h.emit('NOP');
      if (m.guard) h.jumpIf(m.guard, false, end);
      h.body(m.body);
      h.setLoc(null);
    }
    h.bind(end);
  }

  // ── fail_pop blocks ─────────────────────────────────────────────────────────
  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(new Label());
  }
  /** Pops whatever is on top plus the captures so far, then jumps to the case's failure exit. */
  private jumpToFailPop(pc: PatternContext, op: 'POP_JUMP_IF_FALSE' | 'POP_JUMP_IF_NONE' | 'POP_JUMP_IF_NOT_NONE' | 'JUMP_FORWARD'): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.host.emit(op, pc.failPop[pops]);
  }
  private emitAndResetFailPop(pc: PatternContext): void {
    const h = this.host;
    if (pc.failPop.length === 0) return;
    for (let k = pc.failPop.length - 1; k > 0; k--) {
      h.bind(pc.failPop[k]);
      h.emit('POP_TOP');
    }
    h.bind(pc.failPop[0]);
    pc.failPop = [];
  }

  // ── helpers ────────────────────────────────────────────────────────────────
  /** Moves TOS down beneath the next count-1 items (3.10's ROT_N, done with SWAPs). */
  private rotate(count: number): void {
    while (count > 1) this.host.emit('SWAP', count--);
  }

  private storeName(n: string | null, pc: PatternContext): void {
    if (n === null) {
      this.host.emit('POP_TOP');
      return;
    }
    if (n === '__debug__') this.error('cannot assign to __debug__');
    if (pc.stores.includes(n)) this.error(`multiple assignments to name ${reprConstant(n)} in pattern`);
    // Rotate this object underneath any items we need to preserve:
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  /** Like pattern(), with the irrefutability check off. */
  private subpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  // ── compiler_pattern ───────────────────────────────────────────────────────
  private pattern(p: A.Pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p.nodeType) {
      case 'MatchValue': return this.patternValue(p, pc);
      case 'MatchSingleton': return this.patternSingleton(p, pc);
      case 'MatchSequence': return this.patternSequence(p, pc);
      case 'MatchMapping': return this.patternMapping(p, pc);
      case 'MatchClass': return this.patternClass(p, pc);
      case 'MatchStar': return this.storeName(p.name, pc);
      case 'MatchAs': return this.patternAs(p, pc);
      case 'MatchOr': return this.patternOr(p, pc);
    }
  }

  private patternValue(p: A.MatchValue, pc: PatternContext): void {
    const folded = foldLiteral(p.value);
    if (folded === undefined) {
      if (p.value.nodeType !== 'Attribute') this.error('patterns may only match literals and attribute lookups');
      this.visitExpr(p.value);
    } else {
      this.host.emit('LOAD_CONST', this.host.constIndex(folded));
    }
    this.host.emit('COMPARE_OP', CMP_EQ);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
  }

  private patternSingleton(p: A.MatchSingleton, pc: PatternContext): void {
    if (p.value === null) {
      // 3.11's optimizer turns LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE into this:
      this.jumpToFailPop(pc, 'POP_JUMP_IF_NOT_NONE');
      return;
    }
    this.host.emit('LOAD_CONST', this.host.constIndex(p.value));
    this.host.emit('IS_OP', 0);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
  }

  private patternAs(p: A.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      // An irrefutable match:
      if (!pc.allowIrrefutable) {
        if (p.name !== null) this.error(`name capture ${reprConstant(p.name)} makes remaining patterns unreachable`);
        this.error('wildcard makes remaining patterns unreachable');
      }
      this.storeName(p.name, pc);
      return;
    }
    // Need to make a copy for (possibly) storing later:
    pc.onTop++;
    this.host.emit('COPY', 1);
    this.pattern(p.pattern, pc);
    // Success! Store it:
    pc.onTop--;
    this.storeName(p.name, pc);
  }

  // ── sequences ──────────────────────────────────────────────────────────────
  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const h = this.host;
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    // Find a starred name, if it exists. There may be at most one:
    for (let i = 0; i < size; i++) {
      const sub = patterns[i];
      if (sub.nodeType === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern');
        starWildcard = isStarWildcard(sub);
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(sub);
    }
    // We need to keep the subject on top during the sequence and length checks:
    pc.onTop++;
    h.emit('MATCH_SEQUENCE');
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    if (star < 0) {
      // No star: len(subject) == size
      h.emit('GET_LEN');
      h.emit('LOAD_CONST', h.constIndex(BigInt(size)));
      h.emit('COMPARE_OP', CMP_EQ);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    } else if (size - 1) {
      // Star: len(subject) >= size - 1
      h.emit('GET_LEN');
      h.emit('LOAD_CONST', h.constIndex(BigInt(size - 1)));
      h.emit('COMPARE_OP', CMP_GTE);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    }
    // Whatever comes next should consume the subject:
    pc.onTop--;
    if (onlyWildcard) {
      // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
      h.emit('POP_TOP');
    } else if (starWildcard) {
      this.sequenceSubscr(patterns, star, pc);
    } else {
      this.sequenceUnpack(patterns, pc);
    }
  }

  private sequenceUnpack(patterns: A.Pattern[], pc: PatternContext): void {
    const n = patterns.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      if (patterns[i].nodeType !== 'MatchStar') continue;
      if (seenStar) this.error('multiple starred expressions in sequence pattern');
      if (i >= 1 << 8 || n - i - 1 >= 1 << 16) this.error('too many expressions in star-unpacking sequence pattern');
      this.host.emit('UNPACK_EX', i + ((n - i - 1) << 8));
      seenStar = true;
    }
    if (!seenStar) this.host.emit('UNPACK_SEQUENCE', n);
    // We've now got a bunch of new subjects on the stack. They need to remain there after each
    // subpattern match:
    pc.onTop += n;
    for (let i = 0; i < n; i++) {
      // One less item to keep track of each time we loop through:
      pc.onTop--;
      this.subpattern(patterns[i], pc);
    }
  }

  /** Like sequenceUnpack, but indexes with BINARY_SUBSCR ([first, *_, last] and the like). */
  private sequenceSubscr(patterns: A.Pattern[], star: number, pc: PatternContext): void {
    const h = this.host;
    // We need to keep the subject around for extracting elements:
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const sub = patterns[i];
      if (isWildcard(sub) || i === star) continue;
      h.emit('COPY', 1);
      if (i < star) {
        h.emit('LOAD_CONST', h.constIndex(BigInt(i)));
      } else {
        // The subject may not support negative indexing! Compute a nonnegative index:
        h.emit('GET_LEN');
        h.emit('LOAD_CONST', h.constIndex(BigInt(size - i)));
        h.emit('BINARY_OP', BINOP_SUB);
      }
      h.emit('BINARY_SUBSCR');
      this.subpattern(sub, pc);
    }
    // Pop the subject, we're done with it:
    pc.onTop--;
    h.emit('POP_TOP');
  }

  // ── mappings ───────────────────────────────────────────────────────────────
  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const h = this.host;
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    if (size !== patterns.length) this.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
    // We have a double-star target if "rest" is set
    const starTarget = p.rest;
    // We need to keep the subject on top during the mapping and length checks:
    pc.onTop++;
    h.emit('MATCH_MAPPING');
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    if (!size && starTarget === null) {
      // If the pattern is just "{}", we're done! Pop the subject:
      pc.onTop--;
      h.emit('POP_TOP');
      return;
    }
    if (size) {
      // If the pattern has any keys in it, perform a length check:
      h.emit('GET_LEN');
      h.emit('LOAD_CONST', h.constIndex(BigInt(size)));
      h.emit('COMPARE_OP', CMP_GTE);
      this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
    }
    // Collect all of the keys into a tuple for MATCH_KEYS and **rest. They can either be dotted
    // names or literals; a set of the literal keys catches duplicates.
    const seen = new Set<string>();
    const constKeys: ConstantValue[] = [];
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key === null) {
        this.setLoc(patterns[i]);
        this.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
      }
      const folded = foldLiteral(key);
      if (folded !== undefined) {
        const k = constantEqualityKey(folded);
        if (seen.has(k)) this.error(`mapping pattern checks duplicate key (${reprConstant(folded)})`);
        seen.add(k);
        constKeys.push(folded);
      } else if (key.nodeType !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups');
      }
    }
    if (constKeys.length === size) {
      // All literals: one constant tuple, as CPython's optimizer folds LOAD_CONSTs + BUILD_TUPLE.
      h.emit('LOAD_CONST', h.constIndex(new PyTupleConst(constKeys)));
    } else {
      for (const key of keys) {
        const folded = key === null ? undefined : foldLiteral(key);
        if (folded !== undefined) h.emit('LOAD_CONST', h.constIndex(folded));
        else if (key !== null) this.visitExpr(key);
      }
      h.emit('BUILD_TUPLE', size);
    }
    h.emit('MATCH_KEYS');
    // There's now a tuple of keys and a tuple of values on top of the subject:
    pc.onTop += 2;
    h.emit('COPY', 1);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_NONE'); // 3.11: LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE
    // So far so good. Use that tuple of values on the stack to match sub-patterns against:
    h.emit('UNPACK_SEQUENCE', size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(patterns[i], pc);
    }
    // If we get this far, it's a match! Whatever happens next should consume the tuple of keys
    // and the subject:
    pc.onTop -= 2;
    if (starTarget !== null) {
      // rest = dict(subject); for key in keys: del rest[key]
      h.emit('BUILD_MAP', 0); //           [subject, keys, empty]
      h.emit('SWAP', 3); //                [empty, keys, subject]
      h.emit('DICT_UPDATE', 2); //         [copy, keys]
      h.emit('UNPACK_SEQUENCE', size); //  [copy, keys...]
      while (size) {
        h.emit('COPY', 1 + size--); //     [copy, keys..., copy]
        h.emit('SWAP', 2); //              [copy, keys..., copy, key]
        h.emit('DELETE_SUBSCR'); //        [copy, keys...]
      }
      this.storeName(starTarget, pc);
    } else {
      h.emit('POP_TOP'); // Tuple of keys.
      h.emit('POP_TOP'); // Subject.
    }
  }

  // ── classes ────────────────────────────────────────────────────────────────
  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const h = this.host;
    const patterns = p.patterns;
    const kwdAttrs = p.kwd_attrs;
    const kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    if (nattrs !== kwdPatterns.length) {
      this.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
    }
    if (nattrs) {
      this.validateKwdAttrs(kwdAttrs, kwdPatterns);
      this.setLoc(p);
    }
    this.visitExpr(p.cls);
    h.emit('LOAD_CONST', h.constIndex(new PyTupleConst(kwdAttrs.slice())));
    h.emit('MATCH_CLASS', nargs);
    h.emit('COPY', 1);
    // TOS is now a tuple of (nargs + nattrs) attributes (or None):
    pc.onTop++;
    this.jumpToFailPop(pc, 'POP_JUMP_IF_NONE'); // 3.11: LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE
    h.emit('UNPACK_SEQUENCE', nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const sub = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (isWildcard(sub)) {
        h.emit('POP_TOP');
        continue;
      }
      this.subpattern(sub, pc);
    }
    // Success! The tuple of attributes has been consumed.
  }

  private validateKwdAttrs(attrs: string[], patterns: A.Pattern[]): void {
    // Errors point to the pattern rather than the attribute name (the parser supplies only
    // identifiers), as in CPython.
    const n = attrs.length;
    for (let i = 0; i < n; i++) {
      const attr = attrs[i];
      this.setLoc(patterns[i]);
      if (attr === '__debug__') this.error('cannot assign to __debug__');
      for (let j = i + 1; j < n; j++) {
        if (attrs[j] === attr) {
          this.setLoc(patterns[j]);
          this.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    }
  }

  // ── alternatives ───────────────────────────────────────────────────────────
  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const h = this.host;
    const end = new Label();
    const size = p.patterns.length;
    // We're going to be messing with pc. Keep the original info handy:
    const old: PatternContext = { ...pc };
    // control is the list of names bound by the first alternative. It is used for checking
    // different name bindings in alternatives, and for correcting the order in which
    // extracted elements are placed on the stack.
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      this.setLoc(alt);
      pc.stores = [];
      // An irrefutable sub-pattern must be last, if it is allowed at all:
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      h.emit('COPY', 1);
      this.pattern(alt, pc);
      // Success!
      const stores = pc.stores;
      const nstores = stores.length;
      if (control === null) {
        // The first alternative: its stores are the control for the others (they can't bind a
        // different set of names, and might need to be reordered).
        control = stores;
      } else if (nstores !== control.length) {
        this.error('alternative patterns bind different names');
      } else if (nstores) {
        // There were captures. Check to see if we differ from control:
        let icontrol = nstores;
        while (icontrol--) {
          const name = control[icontrol];
          const istores = stores.indexOf(name);
          if (istores < 0) this.error('alternative patterns bind different names');
          if (icontrol !== istores) {
            // Reorder the names on the stack to match the order of the names in control:
            // rotated = stores[:rotations]; del stores[:rotations];
            // stores[icontrol-istores:icontrol-istores] = rotated
            let rotations = istores + 1;
            const rotated = stores.splice(0, rotations);
            stores.splice(icontrol - istores, 0, ...rotated);
            // Do the same thing to the stack, using several rotations:
            while (rotations--) this.rotate(icontrol + 1);
          }
        }
      }
      h.emit('JUMP_FORWARD', end);
      this.emitAndResetFailPop(pc);
    }
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    // No match. Pop the remaining copy of the subject and fail:
    h.emit('POP_TOP');
    this.jumpToFailPop(pc, 'JUMP_FORWARD');
    h.bind(end);
    const ctl = control ?? [];
    const nstores = ctl.length;
    // There's a bunch of stuff on the stack between where the new stores are and where they
    // need to be: the other stores, a copy of the subject, anything else that may be on top of
    // the stack, and any previous stores we've already stashed away on the stack.
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      // Rotate this capture to its proper place on the stack:
      this.rotate(nrots);
      // Update the list of previous stores with this new name, checking for duplicates:
      const name = ctl[i];
      if (pc.stores.includes(name)) this.error(`multiple assignments to name ${reprConstant(name)} in pattern`);
      pc.stores.push(name);
    }
    // Pop the copy of the subject:
    h.emit('POP_TOP');
  }
}

// ── literal folding (CPython's ast_opt runs before the compiler) ─────────────

/**
 * The constant a literal pattern or mapping key denotes: a Constant, a negated number, or
 * real ± imaginary. undefined when `e` is not such a literal (an attribute, an f-string, ...).
 */
function foldLiteral(e: A.Expr): ConstantValue | undefined {
  if (e.nodeType === 'Constant') return e.value;
  if (e.nodeType === 'UnaryOp' && e.op === 'USub') {
    const v = foldLiteral(e.operand);
    if (typeof v === 'bigint') return -v;
    if (typeof v === 'number') return -v;
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
    return undefined;
  }
  if (e.nodeType === 'BinOp' && (e.op === 'Add' || e.op === 'Sub')) {
    const l = foldLiteral(e.left);
    const r = foldLiteral(e.right);
    const lc = asComplex(l);
    const rc = asComplex(r);
    if (lc === undefined || rc === undefined || !(l instanceof PyComplex || r instanceof PyComplex)) return undefined;
    return e.op === 'Add'
      ? new PyComplex(lc.real + rc.real, lc.imag + rc.imag)
      : new PyComplex(lc.real - rc.real, lc.imag - rc.imag);
  }
  return undefined;
}

function asComplex(v: ConstantValue | undefined): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  if (typeof v === 'number') return new PyComplex(v, 0);
  if (typeof v === 'bigint') {
    const f = Number(v);
    return Number.isFinite(f) ? new PyComplex(f, 0) : undefined; // CPython: OverflowError, no fold
  }
  return undefined;
}

/** A string equal for two constants exactly when Python's `==` (and hash) say they are equal. */
function constantEqualityKey(v: ConstantValue): string {
  if (v === null) return 'N';
  if (typeof v === 'string') return 's' + v;
  if (v instanceof PySurrogateStr) return 'w' + v.codePoints.join(',');
  if (v instanceof PyBytes) return 'b' + Array.from(v.bytes).join(',');
  if (typeof v === 'boolean') return 'n' + (v ? '1' : '0');
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number') return 'n' + realKey(v);
  if (v instanceof PyComplex) return v.imag === 0 ? 'n' + realKey(v.real) : 'c' + realKey(v.real) + ',' + realKey(v.imag);
  return 'o' + reprConstant(v);
}

function realKey(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString();
  return String(x);
}
