// The backtracking matcher (vm/modules/re_backtrack_*.ts) on its own (no VM) against CPython's
// re: a seeded random corpus of ~700 patterns over a small alphabet (capture groups in repeats,
// empty iterations, alternation, lazy and possessive repeats, atomic groups, look-arounds,
// backreferences, conditionals) plus hand-written cases for case folding (Unicode, ASCII, bytes),
// anchors and categories, each run against ~40 subjects as search, match, fullmatch and
// finditer; spec/lib_checks/re_backtrack_oracle.py gives CPython's answers. Every group span and
// lastindex must be CPython's. Skipped (with a message) when python3 3.11 is absent.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasPython311, runPython } from '../helpers/run';
import { parsePattern } from '../../vm/modules/re_translate';
import { compileProgram } from '../../vm/modules/re_backtrack_compile';
import { btExec } from '../../vm/modules/re_backtrack_run';

const ORACLE = path.join(ROOT, 'spec', 'lib_checks', 're_backtrack_oracle.py');
const havePython = hasPython311();
if (!havePython) console.warn('re_backtrack.test: python3 3.11 not found; comparison with CPython skipped');

/** mulberry32: a small seeded generator (the corpus is the same on every run). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function genPattern(r: () => number): string {
  let groups = 0;
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const quant = (): string => {
    const q = pick(['', '', '', '*', '+', '?', '{0,2}', '{1,2}', '{2}', '{2,}']);
    return q === '' ? q : q + pick(['', '', '?', '+']);
  };
  const alt = (d: number): string => {
    const n = r() < 0.3 ? 2 : 1;
    const bs: string[] = [];
    for (let i = 0; i < n; i++) bs.push(seq(d));
    return bs.join('|');
  };
  const seq = (d: number): string => {
    const n = 1 + Math.floor(r() * 3);
    let s = '';
    for (let i = 0; i < n; i++) s += atom(d);
    return s;
  };
  const atom = (d: number): string => {
    const x = r();
    if (d >= 3 || x < 0.35) return pick(['a', 'b', 'a', 'b', '.', '[ab]', '[^a]', '', 'c']) + (r() < 0.3 ? quant() : '');
    if (x < 0.6) { groups++; return `(${alt(d + 1)})${quant()}`; }
    if (x < 0.7) return `(?:${alt(d + 1)})${quant()}`;
    if (x < 0.74) return `(?>${alt(d + 1)})${quant()}`;
    if (x < 0.78) return `(?${pick(['=', '!', '<=', '<!'])}${pick(['a', 'b', '[ab]', 'ab', '(a)', '(?:a|b)', alt(d + 1)])})`;
    if (x < 0.87 && groups > 0) return `\\${1 + Math.floor(r() * groups)}${r() < 0.3 ? quant() : ''}`;
    if (x < 0.95 && groups > 0) return `(?(${1 + Math.floor(r() * groups)})${seq(d + 1)}${r() < 0.7 ? '|' + seq(d + 1) : ''})${r() < 0.3 ? quant() : ''}`;
    return pick(['^', '$', '\\b', '\\B', '\\A', '\\Z']);
  };
  return alt(0);
}

const SUBJECTS: string[] = [''];
for (let len = 1; len <= 4; len++) {
  for (let k = 0; k < 1 << len; k++) {
    let s = '';
    for (let j = 0; j < len; j++) s += (k >> j) & 1 ? 'b' : 'a';
    SUBJECTS.push(s);
  }
}
SUBJECTS.push('aabbab', 'abababab', 'bbaab', 'c', 'acb', 'ab\nba', 'baaab');

const I = 2, M = 8, S = 16, X = 64, A = 256;
// hand-written: the seven constructs JS RegExp cannot run, case folding, anchors, categories
const HAND: [string, number, string[]][] = [
  ['(a*)*', 0, ['', 'b', 'aa', 'aab']],
  ['(a*)+', 0, ['', 'b', 'aa']],
  ['(|a)+', 0, ['', 'a', 'aa']],
  ['(?:(a)|b)+', 0, ['ab', 'ba', 'bb', 'aba']],
  ['((a)|b)*', 0, ['ab', 'ba', 'abb']],
  ['(?:(?(1)a|b)(c))+', 0, ['bc', 'bcac', 'bcbc']],
  ['(a)?\\1', 0, ['aa', 'a', '']],
  ['(a)|\\1', 0, ['a', 'b', '']],
  ['(?<=(?>a))b', 0, ['ab', 'b']],
  ['(?<=a{2}+)b', 0, ['aab', 'ab']],
  ['(a)\\1', I, ['aA', 'Aa', 'ab']],
  ['b:(a)\\1', I, ['aA', 'Aa']],
  ['(?a)(\u00e9)\\1', I, ['\u00e9\u00c9', '\u00e9\u00e9']],
  ['(s)\\1', I, ['s\u017f', 'sS', 'S\u017f']],
  ['(k)\\1', I, ['k\u212a', 'kK']],
  ['(?i:(a))\\1', 0, ['aA', 'Aa', 'AA']],
  ['[a-z]+', I, ['ABC\u017f\u212a\u0130', 'xyz']],
  ['[\u017f]', I, ['s', 'S', '\u017f']],
  ['[^s]', I, ['\u017f', 'S', 'x']],
  ['\u03c3+', I, ['\u03a3\u03c2\u03c3', 'x']],
  ['[\u01c4]', I, ['\u01c5', '\u01c6', '\u01c4']],
  ['[\u01c5]', I, ['\u01c4', '\u01c6']],
  ['i', I, ['\u0130', '\u0131', 'I']],
  ['\u0412', I, ['\u1c80', '\u0432']],
  ['[\u0411-\u0413]', I, ['\u1c80', '\u0432']],
  ['[19\u0412]', I, ['\u1c80']],
  ['(\u1c80)\\1', I, ['\u1c80\u0412', '\u1c80\u0432']],
  ['(?a)[a-z]', I, ['\u017f', 'S']],
  ['b:[a-z]+', I, ['ABC\u00c9', '\u00e9']],
  ['(\\w+)\\s*\\1', I, ['Abc abc', '\u00e9t\u00e9 \u00c9T\u00c9']],
  ['(?m)^(a)?$', 0, ['a\nb\n\na', '']],
  ['(a)?$', 0, ['a\n', 'b\n']],
  ['.(a)?', S, ['\na', '\n']],
  ['(?x) ( a ) ? # c\n b', 0, ['ab', 'b']],
  ['(\\d)?\\b\\1?', 0, ['12 3', '']],
  ['(?:(\\w)|\\W)+', A, ['\u00e9a!', 'x y']],
  ['(?:(\\s)|\\S)+', 0, ['a\u3000b', 'ab']],
  ['(a)(?(1)b|c)', 0, ['ab', 'c', '']],
  ['(?:(a)|b)(?(1)c|d)', 0, ['ac', 'bd', 'bc', '']],
  ['(?:()|x)(?(1)a|)', 0, ['', 'a', 'x']],
  ['(?P<x>a)?(?P=x)', 0, ['aa', 'a', '']],
  ['(?:(a)|(b))+?c', 0, ['abc', 'bac', 'c']],
  ['(?:(a)|b)*?(?(1)x|y)', 0, ['bax', 'bby', 'aby']],
  ['(a+)+b', 0, ['aaaaaaaaaaaaaaaaaaab', 'aaaaaaaaaaaaaaaac']],
  ['(?:(a)|b)++c', 0, ['abc', 'abac']],
  ['(a|ab)(?>c|bcd)(d*)', 0, ['abcd', 'acd']],
  ['((?=(a))a)*', 0, ['aa', '']],
  ['(?!(a))(b)?', 0, ['a', 'b', '']],
  ['(?<=(a))b', 0, ['ab', 'b']],
  ['(?<!(a))b', 0, ['ab', 'b']],
  ['(a)*?\\1', 0, ['aaa', '']],
  ['(a{0,2})*', 0, ['aaa', 'aaaaa']],
  ['(a|b)*?c', 0, ['abac']],
  ['x*(a)?(?(1)y)', 0, ['xxay', 'xxa', 'xx']],
  ['(?:(b)?a)*', 0, ['aba', 'ba']],
  ['(?:(?:(a)|b)c)*', 0, ['acbc', 'bcac']],
  ['\\B(a)?', 0, ['', 'ab']],
  ['(?:a(?=b)|(b))*', 0, ['abab', 'bb']],
];

interface Case { pattern: string; flags: number; subjects: string[] }

function corpus(): Case[] {
  // (RE_BT_SEED / RE_BT_COUNT explore other corpora by hand)
  const r = rng(Number(process.env.RE_BT_SEED ?? 20261206));
  const cases: Case[] = HAND.map(([pattern, flags, subjects]) => ({ pattern, flags, subjects }));
  const flagChoices = [0, 0, 0, 0, I, M, S, M | S, A];
  for (let k = 0; k < Number(process.env.RE_BT_COUNT ?? 700); k++) {
    cases.push({ pattern: genPattern(r), flags: flagChoices[Math.floor(r() * flagChoices.length)], subjects: SUBJECTS });
  }
  return cases;
}

type Regs = number[][] | null;

function ours(c: Case): Regs[][] | null {
  const isBytes = c.pattern.startsWith('b:');
  let prog;
  try {
    prog = compileProgram(parsePattern(isBytes ? c.pattern.slice(2) : c.pattern, c.flags, isBytes));
  } catch {
    return null;
  }
  const toRegs = (sp: number[] | null): Regs => {
    if (sp === null) return null;
    const out: number[][] = [];
    for (let g = 0; g + 1 < sp.length; g += 2) out.push([sp[g], sp[g + 1]]);
    out.push([sp[sp.length - 1]]);  // lastindex
    return out;
  };
  return c.subjects.map((text) => {
    const s = Int32Array.from(Array.from(text, (ch) => ch.codePointAt(0) as number));
    const n = s.length;
    const all: Regs[] = [];
    let pos = 0, mode = 0;
    for (;;) {
      const sp = btExec(prog, s, pos, n, mode, null);
      if (sp === null) break;
      all.push(toRegs(sp));
      mode = sp[0] === sp[1] ? 3 : 0;
      pos = sp[1];
    }
    return [toRegs(btExec(prog, s, 0, n, 0, null)), toRegs(btExec(prog, s, 0, n, 1, null)), toRegs(btExec(prog, s, 0, n, 2, null)), all as unknown as Regs];
  });
}

describe.skipIf(!havePython)('the backtracking matcher matches CPython re', () => {
  it('gives CPython\'s groups and spans on the corpus', () => {
    const cases = corpus();
    const r = runPython([ORACLE], { input: JSON.stringify(cases.map((c) => [c.pattern, c.flags, c.subjects])) });
    expect(r.status, r.stderr).toBe(0);
    const theirs = JSON.parse(r.stdout) as (Regs[][] | null)[];
    expect(theirs.length).toBe(cases.length);
    let compared = 0;
    const bad: string[] = [];
    cases.forEach((c, i) => {
      if (theirs[i] === null) return;
      const mine = ours(c);
      if (mine === null) { bad.push(`${JSON.stringify(c.pattern)} flags ${c.flags}: does not compile here`); return; }
      c.subjects.forEach((s, j) => {
        if ((theirs[i] as Regs[][])[j] === null) return;  // CPython's SystemError
        compared++;
        const a = JSON.stringify(mine[j]), b = JSON.stringify((theirs[i] as Regs[][])[j]);
        if (a !== b) bad.push(`${JSON.stringify(c.pattern)} flags ${c.flags} on ${JSON.stringify(s)}: ours ${a} CPython ${b}`);
      });
    });
    expect(compared).toBeGreaterThan(10000);
    expect(bad.slice(0, 20)).toEqual([]);
  }, 120_000);
});

describe('the backtracking matcher stays bounded', () => {
  it('runs deep patterns on long subjects without recursion', () => {
    const n = 200_000;
    const s = new Int32Array(n).fill(97);
    const prog = compileProgram(parsePattern('(?:(a)|b)*c|(a*)*$', 0, false));
    const sp = btExec(prog, s, 0, n, 1, null);
    expect(sp).toEqual([0, n, -1, -1, n, n, 2]);
  });

  it('calls poll during a long match and lets it interrupt', () => {
    const s = new Int32Array(28).fill(97);
    const prog = compileProgram(parsePattern('(a+)+b', 0, false));
    let polls = 0;
    expect(() => btExec(prog, s, 0, s.length, 0, () => { if (++polls === 3) throw new Error('interrupted'); })).toThrow('interrupted');
    expect(polls).toBe(3);
    // and the matcher works again afterwards
    expect(btExec(compileProgram(parsePattern('(a)|b', 0, false)), s, 0, 1, 1, null)).toEqual([0, 1, 0, 1, 1]);
  });
});
