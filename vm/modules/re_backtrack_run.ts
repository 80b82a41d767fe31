// The backtracking matcher's executor: runs a Program (re_backtrack_compile.ts) over a subject of
// code points, iteratively. Backtracking state is two explicit stacks: choice points (resume pc,
// position, trail height, one extra word) and a trail of (slot, old value) pairs that undoes every
// write to the group marks and registers made after a choice point when it is resumed (so a
// failed path leaves no capture behind, as sre's MARK_PUSH/POP and LASTMARK_RESTORE do). A cut
// (atomic group, look-around, possessive iteration) drops choice points but keeps the trail.
// Writes are trailed only while a choice point exists, so a long deterministic match keeps both
// stacks empty; memory grows with the live choice points only (as sre's). `poll` is called every
// 64Ki steps (Ctrl-C / signal handlers; it may throw).
import { type Program, Op, At, Fold } from './re_backtrack_compile';
import { lowerA, lowerU, wordTest } from './re_backtrack_chars';

let st = new Int32Array(64);
let trail = new Int32Array(256);
let tsp = 0;
let cs = new Int32Array(320);  // 5 words per choice point: pc, ptr, trail height, aux, lastmark
// (lastmark: -2 for a full restore, else the lastmark to keep: see re_backtrack_compile.ts)
const FULL = -2;
let lmSlot = 0;                // the slot of sre's lastmark (highest group mark set)
let csp = 0;                   // in words

const wordU = wordTest(false);
const wordA = wordTest(true);

function set(i: number, v: number): void {
  if (csp > 0) {
    if (tsp + 2 > trail.length) { const t = new Int32Array(trail.length * 2); t.set(trail); trail = t; }
    trail[tsp++] = i;
    trail[tsp++] = st[i];
  }
  st[i] = v;
}

function push(pc: number, ptr: number, aux: number, full: number): void {
  if (csp + 5 > cs.length) { const t = new Int32Array(cs.length * 2); t.set(cs); cs = t; }
  cs[csp++] = pc;
  cs[csp++] = ptr;
  cs[csp++] = tsp;
  cs[csp++] = aux;
  cs[csp++] = full === 1 ? FULL : st[lmSlot];
}

function atOk(kind: number, s: Int32Array, ptr: number, end: number): boolean {
  switch (kind) {
    case At.BOL: case At.A: return ptr === 0;
    case At.BOL_M: return ptr === 0 || s[ptr - 1] === 10;
    case At.EOL: return ptr === end || (ptr + 1 === end && s[ptr] === 10);
    case At.EOL_M: return ptr === end || s[ptr] === 10;
    case At.Z: return ptr === end;
    default: {
      if (end === 0) return false;
      const w = kind === At.B || kind === At.NB ? wordU : wordA;
      const before = ptr > 0 && w(s[ptr - 1]);
      const after = ptr < end && w(s[ptr]);
      return (kind === At.B || kind === At.B_A) ? before !== after : before === after;
    }
  }
}

function oneOk(p: Program, op: number, arg: number, c: number): boolean {
  switch (op) {
    case Op.CHAR: return c === arg;
    case Op.TEST: return p.tests[arg](c);
    case Op.ANY: return c !== 10;
    default: return true;
  }
}

function backrefOk(s: Int32Array, a: number, b: number, ptr: number, mode: number): boolean {
  for (let k = 0; k < b - a; k++) {
    const x = s[a + k], y = s[ptr + k];
    if (x === y) continue;
    if (mode === Fold.NONE) return false;
    if (mode === Fold.ASCII ? lowerA(x) !== lowerA(y) : lowerU(x) !== lowerU(y)) return false;
  }
  return true;
}

/** One match attempt at `start`; the marks are in st[0 .. 2 * (groups + 1)) on success. */
function attempt(p: Program, s: Int32Array, start: number, end: number, full: boolean, mustAdvance: boolean, poll: (() => void) | null): boolean {
  const code = p.code;
  st.fill(-1, 0, p.slots);
  lmSlot = 2 * (p.groups + 1);
  tsp = 0;
  csp = 0;
  let pc = 0;
  let ptr = start;
  let budget = 65536;
  for (;;) {
    if (--budget === 0) {
      budget = 65536;
      if (poll !== null) poll();
    }
    let ok = true;
    switch (code[pc]) {
      case Op.MATCH:
        if ((full && ptr !== end) || (mustAdvance && ptr === start)) { ok = false; break; }
        return true;
      case Op.CHAR:
        if (ptr < end && s[ptr] === code[pc + 1]) { ptr++; pc += 2; } else ok = false;
        break;
      case Op.TEST:
        if (ptr < end && p.tests[code[pc + 1]](s[ptr])) { ptr++; pc += 2; } else ok = false;
        break;
      case Op.ANY:
        if (ptr < end && s[ptr] !== 10) { ptr++; pc += 2; } else ok = false;
        break;
      case Op.ANYALL:
        if (ptr < end) { ptr++; pc += 2; } else ok = false;
        break;
      case Op.AT:
        if (atOk(code[pc + 1], s, ptr, end)) pc += 2; else ok = false;
        break;
      case Op.SPLIT:
        push(code[pc + 1], ptr, 0, code[pc + 2]);
        pc += 3;
        break;
      case Op.JMP:
        pc = code[pc + 1];
        break;
      case Op.SAVE: {
        const k = code[pc + 1];
        set(k, ptr);
        if (k >= 2 && k > st[lmSlot]) set(lmSlot, k);
        if (k >= 3 && (k & 1) === 1) set(lmSlot + 1, k >> 1);  // sre's lastindex: the group closed last
        pc += 2;
        break;
      }
      case Op.REP_INIT: {
        const r = code[pc + 1];
        set(r, -1);
        set(r + 1, -1);
        pc = code[pc + 2];
        break;
      }
      case Op.UNTIL: {
        // sre's MAX_UNTIL: iterate while under min; then try one more iteration unless the last
        // one matched empty (position unchanged since it began), else the tail
        const r = code[pc + 1], n = st[r] + 1;
        if (n < code[pc + 2]) { set(r, n); pc = code[pc + 4]; }
        else if (n < code[pc + 3] && ptr !== st[r + 1]) {
          push(code[pc + 5], ptr, 0, 1);
          set(r, n);
          set(r + 1, ptr);
          pc = code[pc + 4];
        } else pc = code[pc + 5];
        break;
      }
      case Op.UNTIL_LAZY: {
        // sre's MIN_UNTIL: the tail first; one more iteration when the tail fails
        const r = code[pc + 1], n = st[r] + 1;
        if (n < code[pc + 2]) { set(r, n); pc = code[pc + 4]; }
        else { push(pc + 7, ptr, 0, code[pc + 6]); pc = code[pc + 5]; }
        break;
      }
      case Op.LAZY_MORE: {
        const r = code[pc + 1], n = st[r] + 1;
        if (n >= code[pc + 3] || ptr === st[r + 1]) { ok = false; break; }
        set(r, n);
        set(r + 1, ptr);
        pc = code[pc + 4];
        break;
      }
      case Op.ATOM_BEGIN:
        set(code[pc + 1], csp);
        pc += 2;
        break;
      case Op.ATOM_END:
        csp = st[code[pc + 1]];
        pc += 2;
        break;
      case Op.LOOK_BEGIN: {
        const r = code[pc + 1], width = code[pc + 2], neg = code[pc + 3] === 1;
        if (ptr - width < 0) {
          if (neg) pc = code[pc + 4]; else ok = false;
          break;
        }
        if (neg) {
          const h = csp;
          push(code[pc + 4], ptr, 0, code[pc + 5]);  // the body failing resumes here: it holds
          set(r, h);
        } else {
          set(r, csp);
          set(r + 1, ptr);
        }
        ptr -= width;
        pc += 6;
        break;
      }
      case Op.LOOK_END: {
        const r = code[pc + 1];
        csp = st[r];
        if (code[pc + 2] === 1) { ok = false; break; }
        ptr = st[r + 1];
        pc += 3;
        break;
      }
      case Op.BACKREF: {
        const g = code[pc + 1], a = st[2 * g], b = st[2 * g + 1];
        if (a < 0 || b < a || ptr + (b - a) > end || !backrefOk(s, a, b, ptr, code[pc + 2])) { ok = false; break; }
        ptr += b - a;
        pc += 3;
        break;
      }
      case Op.COND: {
        const g = code[pc + 1], a = st[2 * g], b = st[2 * g + 1];
        pc = a >= 0 && b >= a ? pc + 3 : code[pc + 2];
        break;
      }
      case Op.POSS_INIT: {
        const r = code[pc + 1];
        set(r, 0);
        set(r + 1, -1);
        pc += 2;
        break;
      }
      case Op.POSS_TRY: {
        // sre's POSSESSIVE_REPEAT: each iteration is atomic; the optional ones stop at the first
        // failure or after an iteration that matched empty
        const r = code[pc + 1], n = st[r];
        if (n < code[pc + 2]) { set(r + 2, csp); pc += 5; }
        else if (n < code[pc + 3] && ptr !== st[r + 1]) {
          const h = csp;
          push(code[pc + 4], ptr, 0, 1);
          set(r + 2, h);
          set(r + 1, ptr);
          pc += 5;
        } else pc = code[pc + 4];
        break;
      }
      case Op.POSS_NEXT: {
        const r = code[pc + 1];
        csp = st[r + 2];
        set(r, st[r] + 1);
        pc = code[pc + 2];
        break;
      }
      case Op.STAR: {
        // sre's REPEAT_ONE: as many as possible, then give back one at a time
        const min = code[pc + 1], max = code[pc + 2], op = code[pc + 3], arg = code[pc + 4];
        let k = 0;
        while (k < max && ptr + k < end && oneOk(p, op, arg, s[ptr + k])) k++;
        if (k < min) { ok = false; break; }
        if (k > min) push(-1 - pc, ptr + k, ptr + min, code[pc + 5]);
        ptr += k;
        pc += 6;
        break;
      }
      case Op.STAR_LAZY: {
        // sre's MIN_REPEAT_ONE: as few as possible, one more each time the tail fails
        const min = code[pc + 1], max = code[pc + 2], op = code[pc + 3], arg = code[pc + 4];
        let k = 0;
        while (k < min && ptr + k < end && oneOk(p, op, arg, s[ptr + k])) k++;
        if (k < min) { ok = false; break; }
        ptr += k;
        if (k < max) push(-1 - pc, ptr, k, code[pc + 5]);
        pc += 6;
        break;
      }
      default:
        throw new Error(`re_backtrack: bad op ${code[pc]} at ${pc}`);
    }
    if (ok) continue;
    // backtrack: resume the newest choice point
    for (;;) {
      if (csp === 0) return false;
      csp -= 5;
      const t = cs[csp + 2], lm = cs[csp + 4];
      if (lm === FULL) while (tsp > t) { tsp -= 2; st[trail[tsp]] = trail[tsp + 1]; }
      else {
        // sre's LASTMARK_RESTORE only: marks up to the old lastmark keep their values, but an
        // older choice point that restores fully (sre's MARK_PUSH snapshot) still needs their
        // old values: those trail entries move down, oldest lowest
        for (let k = tsp - 2; k >= t; k -= 2) {
          const i = trail[k];
          if (i < 2 || i > lm) st[i] = trail[k + 1];
        }
        let top = t;
        if (csp > 0) {
          for (let k = t; k < tsp; k += 2) {
            const i = trail[k];
            if (i >= 2 && i <= lm) { trail[top] = i; trail[top + 1] = trail[k + 1]; top += 2; }
          }
        }
        tsp = top;
      }
      pc = cs[csp];
      ptr = cs[csp + 1];
      if (pc >= 0) break;
      const sp = -1 - pc, aux = cs[csp + 3];
      const full = code[sp + 5];
      if (code[sp] === Op.STAR) {
        ptr--;
        if (ptr > aux) push(pc, ptr, aux, full);
        pc = sp + 6;
        break;
      }
      // STAR_LAZY: one more character, if it matches
      const max = code[sp + 2];
      if (aux < max && ptr < end && oneOk(p, code[sp + 3], code[sp + 4], s[ptr])) {
        ptr++;
        if (aux + 1 < max) push(pc, ptr, aux + 1, full);
        pc = sp + 6;
        break;
      }
    }
  }
}

/**
 * Runs a program as re_native's exec modes do (0 search, 1 match, 2 fullmatch, 3 search where an
 * empty match at pos is not allowed) over s[0 .. end); returns the spans of groups 0..n (-1 when
 * unset) and then sre's lastindex (-1 for None), or null.
 */
export function btExec(p: Program, s: Int32Array, pos: number, end: number, mode: number, poll: (() => void) | null): number[] | null {
  if (!active) {
    active = true;
    try {
      return execIn(p, s, pos, end, mode, poll);
    } finally {
      active = false;
    }
  }
  // a match run by a signal handler that poll() called: on stacks of its own
  const saved = { st, trail, tsp, cs, csp, lmSlot };
  st = new Int32Array(64); trail = new Int32Array(256); cs = new Int32Array(256);
  try {
    return execIn(p, s, pos, end, mode, poll);
  } finally {
    ({ st, trail, tsp, cs, csp, lmSlot } = saved);
  }
}

let active = false;

function execIn(p: Program, s: Int32Array, pos: number, end: number, mode: number, poll: (() => void) | null): number[] | null {
  if (st.length < p.slots) st = new Int32Array(p.slots * 2);
  let found = false;
  if (mode === 1 || mode === 2) found = attempt(p, s, pos, end, mode === 2, false, poll);
  else {
    for (let start = pos; start <= end; start++) {
      if (!(mode === 3 && start === pos)) {
        if (p.firstChar >= 0) {
          while (start < end && s[start] !== p.firstChar) start++;
          if (start >= end) break;
        } else if (p.first !== null) {
          const t = p.first;
          while (start < end && !t(s[start])) start++;
          if (start >= end) break;
        }
      }
      if (attempt(p, s, start, end, false, mode === 3 && start === pos, poll)) { found = true; break; }
      if (p.anchored) break;  // (sre's shortcut: no later position can match)
    }
  }
  // (the stacks keep their size for the next call, but a huge one is let go)
  if (cs.length > 1 << 20) cs = new Int32Array(256);
  if (trail.length > 1 << 20) trail = new Int32Array(256);
  if (!found) return null;
  const out = new Array<number>(2 * (p.groups + 1) + 1);
  for (let g = 0; g <= p.groups; g++) {
    const a = st[2 * g], b = st[2 * g + 1];
    if (a >= 0 && b >= 0) { out[2 * g] = a; out[2 * g + 1] = b; } else { out[2 * g] = -1; out[2 * g + 1] = -1; }
  }
  out[2 * (p.groups + 1)] = st[lmSlot + 1];
  return out;
}
