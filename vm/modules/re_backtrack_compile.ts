// Compiles a parsed pattern (re_translate.ts's tree) into the program the backtracking matcher
// (re_backtrack_run.ts) executes: a flat Int32Array of instructions, the character tests they
// name, and the number of state slots (group marks, then per-construct registers). The shapes
// follow sre's: a general repeat is REP_INIT + body + UNTIL (MAX_UNTIL / MIN_UNTIL's rules), a
// repeat of one character is STAR (REPEAT_ONE), a possessive repeat is a loop of atomic bodies
// (POSSESSIVE_REPEAT), look-arounds and atomic groups cut the choice stack back on success.
// sre restores group marks on backtracking fully only inside a general repeat's body (its
// MARK_PUSH "if (state->repeat)"); elsewhere only `lastmark` is restored, so a group that already
// had a value keeps what a failed path wrote. That shows in CPython 3.11 inside a possessive
// repeat at top level (`(?:(a)|b)++c` on 'abc' gives group 1 (1, 1)); the instructions that push
// a choice point carry a `full` operand saying which restore sre does there.
import { type Alt, type Node, type Parsed, widthOf } from './re_translate';
import { type CharTest, category, classTest, foldedLiteral } from './re_backtrack_chars';

export const enum Op {
  MATCH, CHAR, TEST, ANY, ANYALL, AT, SPLIT, JMP, SAVE, REP_INIT, UNTIL, UNTIL_LAZY, LAZY_MORE,
  ATOM_BEGIN, ATOM_END, LOOK_BEGIN, LOOK_END, BACKREF, COND, POSS_INIT, POSS_TRY, POSS_NEXT,
  STAR, STAR_BACK, STAR_LAZY, STAR_MORE,
}
/** Anchors (AT's operand). */
export const enum At { BOL, BOL_M, EOL, EOL_M, A, Z, B, NB, B_A, NB_A }
/** Backreference case modes. */
export const enum Fold { NONE, ASCII, UNICODE }
export const INF = 0x7fffffff;

export interface Program {
  code: Int32Array;
  tests: CharTest[];
  slots: number;       // 2 * (groups + 1) marks, lastmark, lastindex, then registers
  groups: number;
  /** a literal every match starts with (search skips to it), or -1 */
  firstChar: number;
  /** a test every match's first character passes (search skips the others), or null */
  first: CharTest | null;
  /** the pattern starts with \A or ^ (not MULTILINE): search tries its first position only */
  anchored: boolean;
}

class Emitter {
  code: number[] = [];
  tests: CharTest[] = [];
  slots: number;
  inRepeat = 0;  // > 0 inside a general repeat's body (sre's state->repeat is set)
  constructor(public ps: Parsed) { this.slots = 2 * (ps.groups + 1) + 2; }
  full(): number { return this.inRepeat > 0 ? 1 : 0; }

  reg(n: number): number { const r = this.slots; this.slots += n; return r; }
  emit(...xs: number[]): number { const at = this.code.length; this.code.push(...xs); return at; }
  test(t: CharTest): number { this.tests.push(t); return this.tests.length - 1; }

  alt(a: Alt): void {
    if (a.branches.length === 1) { this.seq(a.branches[0]); return; }
    const jumps: number[] = [];
    for (let b = 0; b < a.branches.length; b++) {
      let split = -1;
      if (b < a.branches.length - 1) split = this.emit(Op.SPLIT, 0, this.full());
      this.seq(a.branches[b]);
      if (b < a.branches.length - 1) {
        jumps.push(this.emit(Op.JMP, 0));
        this.code[split + 1] = this.code.length;
      }
    }
    for (const j of jumps) this.code[j + 1] = this.code.length;
  }

  seq(ns: Node[]): void { for (const n of ns) this.node(n); }

  /** The instruction of a one-character node, or null when n is not one. */
  single(n: Node): number[] | null {
    switch (n.k) {
      case 'lit': {
        const t = n.i ? foldedLiteral(n.c, n.ascii === true) : null;
        return t === null ? [Op.CHAR, n.c] : [Op.TEST, this.test(t)];
      }
      case 'any': return [n.s ? Op.ANYALL : Op.ANY, 0];
      case 'class': return [Op.TEST, this.test(classTest(n.items, n.neg, n.i, n.ascii))];
      case 'cat': return [Op.TEST, this.test(category(n.c, n.ascii))];
      case 'group': {
        if (n.idx !== 0 || n.body.branches.length !== 1 || n.body.branches[0].length !== 1) return null;
        return this.single(n.body.branches[0][0]);
      }
      default: return null;
    }
  }

  node(n: Node): void {
    const one = this.single(n);
    if (one !== null) { this.emit(...one); return; }
    switch (n.k) {
      case 'at': {
        const m: Record<string, number> = {
          bol: n.m ? At.BOL_M : At.BOL, eol: n.m ? At.EOL_M : At.EOL, A: At.A, Z: At.Z,
          b: n.ascii ? At.B_A : At.B, B: n.ascii ? At.NB_A : At.NB,
        };
        this.emit(Op.AT, m[n.c]);
        return;
      }
      case 'group': {
        if (n.idx === 0) { this.alt(n.body); return; }
        this.emit(Op.SAVE, 2 * n.idx);
        this.alt(n.body);
        this.emit(Op.SAVE, 2 * n.idx + 1);
        return;
      }
      case 'atomic': {
        const r = this.reg(1);
        this.emit(Op.ATOM_BEGIN, r);
        this.alt(n.body);
        this.emit(Op.ATOM_END, r);
        return;
      }
      case 'look': {
        const width = n.behind ? widthOf(n.body, this.ps.groupWidth)[0] : 0;
        const r = this.reg(2);
        const at = this.emit(Op.LOOK_BEGIN, r, width, n.neg ? 1 : 0, 0, this.full());
        this.alt(n.body);
        this.emit(Op.LOOK_END, r, n.neg ? 1 : 0);
        this.code[at + 4] = this.code.length;
        return;
      }
      case 'backref':
        this.emit(Op.BACKREF, n.idx, !n.i ? Fold.NONE : n.ascii ? Fold.ASCII : Fold.UNICODE);
        return;
      case 'cond': {
        const at = this.emit(Op.COND, n.idx, 0);
        this.seq(n.yes);
        const j = this.emit(Op.JMP, 0);
        this.code[at + 2] = this.code.length;
        if (n.no !== null) this.seq(n.no);
        this.code[j + 1] = this.code.length;
        return;
      }
      case 'repeat': this.repeat(n); return;
      default: throw new Error(`re_backtrack: unexpected node ${n.k}`);
    }
  }

  repeat(n: Extract<Node, { k: 'repeat' }>): void {
    const min = Math.min(n.min, INF), max = Math.min(n.max, INF);
    const one = this.single(n.body);
    if (one !== null && !n.possessive) {
      // STAR min max op arg full: the one-character instruction is stored in it
      this.emit(n.lazy ? Op.STAR_LAZY : Op.STAR, min, max, one[0], one[1], this.full());
      return;
    }
    if (n.possessive) {
      const r = this.reg(3); // count, last position, choice height
      this.emit(Op.POSS_INIT, r);
      const tryAt = this.emit(Op.POSS_TRY, r, min, max, 0);
      this.node(n.body);
      this.emit(Op.POSS_NEXT, r, tryAt);
      this.code[tryAt + 4] = this.code.length;
      return;
    }
    const r = this.reg(2); // count, last position
    const init = this.emit(Op.REP_INIT, r, 0);
    const body = this.code.length;
    this.inRepeat++;
    this.node(n.body);
    this.inRepeat--;
    const until = this.emit(n.lazy ? Op.UNTIL_LAZY : Op.UNTIL, r, min, max, body, 0, this.full());
    this.code[init + 2] = until;
    if (n.lazy) this.emit(Op.LAZY_MORE, r, min, max, body);
    this.code[until + 5] = this.code.length;  // (UNTIL_LAZY's +6 is its `full`; LAZY_MORE follows at +7)
  }
}

/** What a match of a node can start with: `tests` (null: anything) and whether it can be empty.
 *  Zero-width nodes (anchors, look-arounds) are empty: the character after them decides. */
interface First { tests: CharTest[] | null; nullable: boolean }

function firstOfSeq(e: Emitter, ns: Node[]): First {
  let tests: CharTest[] | null = [];
  for (const n of ns) {
    const f = firstOf(e, n);
    tests = tests === null || f.tests === null ? null : tests.concat(f.tests);
    if (!f.nullable) return { tests, nullable: false };
  }
  return { tests, nullable: true };
}

function firstOfAlt(e: Emitter, branches: Node[][]): First {
  let tests: CharTest[] | null = [];
  let nullable = false;
  for (const br of branches) {
    const f = firstOfSeq(e, br);
    tests = tests === null || f.tests === null ? null : tests.concat(f.tests);
    nullable ||= f.nullable;
  }
  return { tests, nullable };
}

function firstOf(e: Emitter, n: Node): First {
  const one = e.single(n);
  if (one !== null) {
    const [op, arg] = one;
    const t: CharTest | null = op === Op.CHAR ? (x) => x === arg : op === Op.TEST ? e.tests[arg] : op === Op.ANY ? (x) => x !== 10 : null;
    return { tests: t === null ? null : [t], nullable: false };
  }
  switch (n.k) {
    case 'at': case 'look': return { tests: [], nullable: true };
    case 'group': case 'atomic': return firstOfAlt(e, n.body.branches);
    case 'repeat': {
      const f = firstOf(e, n.body);
      return { tests: f.tests, nullable: f.nullable || n.min === 0 };
    }
    case 'cond': return firstOfAlt(e, [n.yes, n.no ?? []]);
    default: return { tests: null, nullable: true };  // a backreference: anything, or empty
  }
}

/** The literal (no IGNORECASE) every match of the pattern starts with, or -1. */
function firstChar(alt: Alt): number {
  if (alt.branches.length !== 1) return -1;
  const br = alt.branches[0];
  if (br.length === 0) return -1;
  const n = br[0];
  if (n.k === 'lit') return n.i ? -1 : n.c;
  if (n.k === 'group' || n.k === 'atomic') return firstChar(n.body);
  if (n.k === 'repeat' && n.min > 0 && n.body.k === 'lit' && !n.body.i) return n.body.c;
  return -1;
}

export function compileProgram(ps: Parsed): Program {
  const e = new Emitter(ps);
  e.emit(Op.SAVE, 0);
  e.alt(ps.tree);
  e.emit(Op.SAVE, 1);
  e.emit(Op.MATCH);
  const head = ps.tree.branches.length === 1 ? ps.tree.branches[0][0] : undefined;
  const anchored = head !== undefined && head.k === 'at' && (head.c === 'A' || (head.c === 'bol' && !head.m));
  const f = firstOfAlt(e, ps.tree.branches);
  let first: CharTest | null = null;
  if (!f.nullable && f.tests !== null) {
    const ts = f.tests;
    first = ts.length === 1 ? ts[0] : (x) => { for (const t of ts) if (t(x)) return true; return false; };
  }
  return { code: Int32Array.from(e.code), tests: e.tests, slots: e.slots, groups: ps.groups, firstChar: firstChar(ps.tree), first, anchored };
}
