// The `match` statement's code generator (compiler/codegen_match.ts, a port of CPython 3.11's
// pattern compiler): every match statement in the stdlib and snippets covering every pattern
// kind compile with a verified stack depth (assemble.ts checks every path into every label);
// compile-time errors equal CPython's (message, line, column, end); the opcode sequence has
// CPython's shape (SWAP/NOP ignored: CPython's optimizer rewrites SWAPs, ours does not); and a
// symbolic run over every path checks that each capture stores the right part of the subject.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import type * as A from '../../compiler/ast';
import { compile, compileAst } from '../../compiler/compile';
import { parse } from '../../compiler/parser';
import { decodeSource } from '../../compiler/source';
import { PySyntaxError } from '../../compiler/errors';
import { isCodeObject, type CodeObject } from '../../compiler/code';
import { CMPOP_NAMES, HAS_JUMP, OPCODES, OPNAMES, TERMINATOR } from '../../vm/opcodes';
import { reprConstant } from '../../compiler/pyrepr';
import { hasPython311 } from '../helpers/run';
import { stdlibFiles } from '../helpers/stdlib';

function allCode(c: CodeObject): CodeObject[] {
  return [c, ...c.consts.filter(isCodeObject).flatMap(allCode)];
}

function opnames(c: CodeObject): string[] {
  return Array.from(c.code, (w) => OPNAMES[w & 0xff]);
}

/** Every Match statement under `node`, outermost first. */
function findMatches(node: unknown, out: A.Match[] = []): A.Match[] {
  if (Array.isArray(node)) {
    for (const x of node) findMatches(x, out);
  } else if (typeof node === 'object' && node !== null && 'nodeType' in node) {
    if ((node as { nodeType: string }).nodeType === 'Match') out.push(node as A.Match);
    for (const v of Object.values(node)) if (typeof v === 'object') findMatches(v, out);
  }
  return out;
}

/** The match statement alone, each case body reduced to `pass` (other constructs may be unsupported yet). */
function matchAlone(m: A.Match): A.Module {
  const cases = m.cases.map((c) => {
    const at = c.body[0];
    const pass: A.Pass = { nodeType: 'Pass', lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
    return { ...c, body: [pass] };
  });
  return { nodeType: 'Module', body: [{ ...m, cases }], type_ignores: [] };
}

describe.skipIf(!hasPython311())('every match statement in the stdlib', () => {
  it('compiles within its file, and alone', () => {
    // A line starting with `match` is necessary for a match statement (the soft keyword leads).
    const files = stdlibFiles().filter((f) => /^[ \t]*match\b/m.test(fs.readFileSync(f, 'latin1')));
    const problems: string[] = [];
    let withMatch = 0;
    let matches = 0;
    for (const f of files) {
      const src = decodeSource(fs.readFileSync(f), f);
      const found = findMatches(parse(src, f));
      if (found.length === 0) continue;
      withMatch++;
      matches += found.length;
      try {
        for (const c of allCode(compile(src, f))) expect(c.stacksize).toBeGreaterThanOrEqual(0);
      } catch (e) {
        problems.push(`${f}: ${String(e)}`);
      }
      // Each match statement by itself (case bodies reduced to `pass`), so a failure names it.
      for (const m of found) {
        try {
          expect(compileAst(matchAlone(m), f, src).stacksize).toBeGreaterThan(0);
        } catch (e) {
          problems.push(`${f}:${m.lineno}: ${String(e)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(withMatch).toBeGreaterThanOrEqual(7); // CPython: 7 files, 273 match statements
    expect(matches).toBeGreaterThan(250);
  }, 120_000);
});

const m = (cases: string, subject = 'x'): string => `match ${subject}:\n${cases.replace(/^/gm, '    ')}\n`;

const SNIPPETS: Record<string, string> = {
  'int literal': m('case 1:\n    pass'),
  'negative int, float, complex': m('case -1:\n    pass\ncase 1.5 | -2.5e3:\n    pass\ncase 1+2j | -1-2j | 3j | -0j:\n    pass'),
  strings: m("case 'a' | \"b\" 'c':\n    pass\ncase b'x':\n    pass"),
  singletons: m('case None:\n    pass\ncase True:\n    pass\ncase False:\n    pass'),
  capture: m('case a:\n    print(a)'),
  wildcard: m('case 1:\n    pass\ncase _:\n    pass'),
  'wildcard alone': m('case _:\n    pass'),
  'guarded wildcard alone': m('case _ if y:\n    pass'),
  'value patterns': m('case a.b:\n    pass\ncase a.b.c:\n    pass\ncase -1:\n    pass'),
  'sequence, no star': m('case []:\n    pass\ncase [a]:\n    pass\ncase (a, b):\n    pass\ncase a, b, c:\n    pass'),
  'sequence of wildcards': m('case [_, _]:\n    pass\ncase [_, *_]:\n    pass\ncase [*_]:\n    pass'),
  'star first': m('case [*a, b, c]:\n    pass'),
  'star middle': m('case [a, *b, c]:\n    pass'),
  'star last': m('case [a, b, *c]:\n    pass'),
  'star alone': m('case [*a]:\n    pass'),
  'star wildcard first': m('case [*_, b, c]:\n    pass'),
  'star wildcard middle': m('case [a, *_, c]:\n    pass'),
  'star wildcard last': m('case [a, _, *_]:\n    pass'),
  'mapping, empty': m('case {}:\n    pass'),
  'mapping keys': m("case {'a': 1, 'b': b, 1: c, -2: d, None: e, b'x': f}:\n    pass"),
  'mapping attribute key': m("case {a.b: 1, 'c': c}:\n    pass"),
  'mapping rest': m("case {'a': a, **rest}:\n    pass"),
  'mapping rest only': m('case {**rest}:\n    pass'),
  'mapping rest with attribute keys': m("case {a.b: v, 'c': w, **rest}:\n    pass"),
  'class, no args': m('case C():\n    pass'),
  'class positional': m('case C(a, 1, _):\n    pass'),
  'class keyword': m('case C(x=1, y=yy):\n    pass'),
  'class mixed': m('case a.b.C(1, [p, q], x=_, y={"k": v}):\n    pass'),
  'or of literals': m('case 1 | 2 | 3:\n    pass'),
  'or with captures in order': m('case [a, b] | (a, b, _):\n    pass'),
  'or with captures reordered': m('case [a, b] | [b, a]:\n    pass'),
  'or with three names reordered': m('case (a, b, c) | (c, b, a) | (b, c, a) | {"a": a, "b": b, "c": c}:\n    pass'),
  'or inside sequence': m('case [1 | 2 as v, w]:\n    pass'),
  'or as last alternative capture': m('case (1 as a) | a:\n    pass'),
  'nested or with outer captures': m('case [x, (1 | 2) as y, ([a] | (_, a)), z]:\n    pass'),
  'as patterns': m('case [1, 2] as whole:\n    pass\ncase (C() as c) | (D() as c):\n    pass'),
  'nested patterns': m("case {'k': [C(a=[1, *rest], b={'z': ((1 as q) | [q])}), *_], **kw}:\n    pass"),
  guards: m('case [a] if a > 0:\n    pass\ncase a if a:\n    pass\ncase {"k": v} if v and not w:\n    pass\ncase _ if y:\n    pass'),
  'in a function with return': 'def f(x):\n' + m('case [a]:\n    return a\ncase {"k": v} if v:\n    return v\ncase _:\n    return None').replace(/^/gm, '    ') + '\n',
  'captures in a closure': 'def f(x):\n' + m('case [a, *b]:\n    return lambda: (a, b)').replace(/^/gm, '    ') + '\n',
  'in a class body': 'class K:\n' + m('case [__a]:\n    y = __a').replace(/^/gm, '    ') + '\n',
  'in a loop with break and continue': 'for x in xs:\n' + m('case 0:\n    continue\ncase [a]:\n    break\ncase _:\n    pass').replace(/^/gm, '    ') + '\n',
  'in a while loop, nested match': 'while True:\n' + m('case (a, b):\n    match a:\n        case 1:\n            break\n        case _:\n            continue\ncase _:\n    break').replace(/^/gm, '    ') + '\n',
  'global capture': 'def f(x):\n    global g\n' + m('case [g]:\n    pass').replace(/^/gm, '    ') + '\n',
  'tuple subject': m('case (1, a):\n    pass', 'x, y'),
  'match as a name': 'match = 1\nmatch(match)\n' + m('case match:\n    pass', 'match'),
};

describe('snippets covering every pattern kind', () => {
  for (const [name, src] of Object.entries(SNIPPETS)) {
    it(name, () => {
      const code = compile(src, 'x.py');
      const all = allCode(code);
      expect(Math.max(...all.map((c) => c.stacksize))).toBeGreaterThanOrEqual(1);
    });
  }
  it.skipIf(!hasPython311())('all of them compile under CPython too', () => {
    const srcs = Object.values(SNIPPETS);
    expect(cpythonErrors(srcs)).toEqual(srcs.map(() => null));
  });
});

/** [kind, msg, lineno, offset, end_lineno, end_offset] of CPython's compile() error, or null. */
function cpythonErrors(srcs: string[]): unknown[] {
  const script = [
    'import json, sys, warnings',
    'warnings.simplefilter("ignore")',
    'for line in sys.stdin:',
    '    try:',
    '        compile(json.loads(line), "x.py", "exec"); print("null")',
    '    except SyntaxError as e:',
    '        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script], { input: srcs.map((s) => JSON.stringify(s)).join('\n') + '\n', encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l) as unknown);
}

function ourError(src: string): unknown {
  try {
    compile(src, 'x.py');
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  }
}

const ERRORS = [
  m('case a:\n    pass\ncase b:\n    pass'),
  m('case _:\n    pass\ncase b:\n    pass'),
  m('case x:\n    pass\ncase _:\n    pass'),
  m('case a if a:\n    pass\ncase b:\n    pass'),
  m('case [a, a]:\n    pass'),
  m('case C(a, b, a):\n    pass'),
  m("case {'a': a, **a}:\n    pass"),
  m('case [a, *a]:\n    pass'),
  m('case [a, (b | b) as a]:\n    pass'),
  m('case [a, (a | a)]:\n    pass'),
  m('case a | b:\n    pass'),
  m('case a | _:\n    pass\ncase 1:\n    pass'),
  m('case (a | b) | c:\n    pass'),
  m('case [a, (b | a)]:\n    pass'),
  m('case (a | b) as c:\n    pass'),
  m('case None | a:\n    pass\ncase 1:\n    pass'),
  m('case ([a] | [b]) if a:\n    pass'),
  m('case [a, b] | [b, c]:\n    pass'),
  m('case [a, b] | [a]:\n    pass'),
  m('case (1 as a) | 2:\n    pass'),
  m("case {'a': 1, 'a': 2}:\n    pass"),
  m('case {1: a, 1.0: b}:\n    pass'),
  m('case {True: 1, 1: 2}:\n    pass'),
  m('case {-1: a, -1: b}:\n    pass'),
  m('case {-0: 1, 0: 2}:\n    pass'),
  m('case {-0.0: 1, 0.0: 2}:\n    pass'),
  m('case {1-1j: 1, 1-1j: 2}:\n    pass'),
  m('case {1+0j: 1, 1: 2}:\n    pass'),
  m('case {None: 1, None: 2}:\n    pass'),
  m("case {'a': 1, b'a': 2, 'a': 3}:\n    pass"),
  m("case {'\\u00e9': 1, 'é': 2}:\n    pass"),
  m('case {a.b: 1, a.b: 2}:\n    pass'),
  m("case {f'a': 1}:\n    pass"),
  m("case f'a':\n    pass"),
  m('case C(x=1, x=2):\n    pass'),
  m('case C(x=1, y=2, z=3, y=4):\n    pass'),
  m('case [*a, *b]:\n    pass'),
  m('case [*_, *_]:\n    pass'),
  m('case __debug__:\n    pass'),
  m('case C(__debug__=1):\n    pass'),
  m('case [*__debug__]:\n    pass'),
  m('case {**__debug__}:\n    pass'),
  m('case 1 as __debug__:\n    pass'),
  'def f():\n' + m('case [a, a]:\n        pass').replace(/^/gm, '    ') + '\n',
  "match x:\n    case {'é': 1, 'é': 2}:\n        pass\n",
  'match x:\n    case 1:\n        pass\n    case [1, 2] | [b, c]:\n        pass\n',
];

describe.skipIf(!hasPython311())('compile-time errors match CPython', () => {
  const expected = hasPython311() ? cpythonErrors(ERRORS) : [];
  ERRORS.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      // On a non-ASCII line CPython 3.11's compiler_error gives the end offset in UTF-8 bytes
      // (the start in characters); CodeGen.error converts both, so compare the start only there.
      const got = ourError(src);
      if (/^[\x00-\x7f]*$/.test(src)) expect(got).toEqual(expected[i]);
      else expect((got as unknown[]).slice(0, 4)).toEqual((expected[i] as unknown[]).slice(0, 4));
    });
  });
});

/** CPython's opcode names for the module code of `src`, normalized to our instruction set. */
function cpythonShapes(srcs: string[]): string[][] {
  const script = [
    'import dis, json, sys',
    'for line in sys.stdin:',
    '    code = compile(json.loads(line), "x.py", "exec")',
    '    print(json.dumps([i.opname for i in dis.get_instructions(code)]))',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script], { input: srcs.map((s) => JSON.stringify(s)).join('\n') + '\n', encoding: 'utf8' });
  return out.trim().split('\n').map((l) => normalize(JSON.parse(l) as string[]));
}

function normalize(ops: string[]): string[] {
  return ops
    .filter((op) => op !== 'SWAP' && op !== 'NOP' && op !== 'CACHE' && op !== 'EXTENDED_ARG' && op !== 'PRECALL' && op !== 'KW_NAMES')
    .map((op) => op.replace(/^POP_JUMP_(FORWARD|BACKWARD)_IF_/, 'POP_JUMP_IF_'));
}

/**
 * Our opcode names minus what CPython's optimizer drops and our assembler keeps: unreachable
 * instructions and jumps to the next reachable instruction.
 */
function reachableOps(c: CodeObject): string[] {
  const n = c.code.length;
  const seen = new Uint8Array(n);
  const work = [0];
  while (work.length > 0) {
    const i = work.pop()!;
    if (i >= n || seen[i]) continue;
    seen[i] = 1;
    const info = OPCODES[OPNAMES[c.code[i] & 0xff]];
    if (info.flags & HAS_JUMP) work.push(c.code[i] >>> 8);
    if (!(info.flags & TERMINATOR)) work.push(i + 1);
  }
  const jumpsToNextReachable = (i: number): boolean => {
    const target = c.code[i] >>> 8;
    for (let k = i + 1; k < target; k++) if (seen[k]) return false;
    return target > i;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const op = OPNAMES[c.code[i] & 0xff];
    if (!seen[i] || (op === 'JUMP_FORWARD' && jumpsToNextReachable(i))) continue;
    out.push(op);
  }
  return out;
}

// Loops are left out: our for loop pops its iterator at the exit rather than at each break.
const SHAPES = Object.keys(SNIPPETS).filter((k) => !/loop/.test(k));

describe.skipIf(!hasPython311())('opcode sequences have CPython 3.11 shape', () => {
  const srcs = SHAPES.map((k) => SNIPPETS[k] + 'y = 0\n');
  const expected = hasPython311() ? cpythonShapes(srcs) : [];
  SHAPES.forEach((name, i) => {
    it(name, () => {
      expect(normalize(reachableOps(compile(srcs[i], 'x.py')))).toEqual(expected[i]);
    });
  });
});

// ── where the captures land ──────────────────────────────────────────────────
// There is no VM yet, so a symbolic interpreter runs the module code of a match over every path
// (both ways at every conditional jump): values are strings naming how they were extracted from
// the subject S (`S[0]`, `vals(S)[1]`, `attrs(S)[2]`, `S[len(S)-1]`, `S[1:-1]`), conditions are
// strings too (`S[0]==1`). Each path that stores names must store what the alternative it took
// says (names are bound before the guard runs, so a failed guard still stores), which checks
// every SWAP/COPY/rotation of the port (the shape test ignores SWAPs).

interface Path {
  truths: Set<string>;
  stores: Record<string, string>;
}

function symbolicPaths(code: CodeObject): Path[] {
  const done: Path[] = [];
  const run = (pc: number, stack: string[], truths: Set<string>, stores: Record<string, string>, steps: number): void => {
    for (;;) {
      if (steps++ > 10_000) throw new Error('symbolic run too long');
      const w = code.code[pc];
      const op = OPNAMES[w & 0xff];
      const arg = w >>> 8;
      const pop = (): string => {
        const v = stack.pop();
        if (v === undefined) throw new Error(`stack underflow at ${pc} ${op}`);
        return v;
      };
      const top = (): string => stack[stack.length - 1];
      pc++;
      switch (op) {
        case 'RESUME': case 'NOP': break;
        case 'LOAD_NAME': stack.push(code.names[arg]); break;
        case 'LOAD_CONST': { const c = code.consts[arg]; stack.push(isCodeObject(c) ? '<code>' : reprConstant(c)); break; }
        case 'STORE_NAME': stores = { ...stores, [code.names[arg]]: pop() }; break;
        case 'POP_TOP': pop(); break;
        case 'COPY': stack.push(stack[stack.length - arg]); break;
        case 'SWAP': { const i = stack.length - arg; [stack[i], stack[stack.length - 1]] = [top(), stack[i]]; break; }
        case 'MATCH_SEQUENCE': stack.push(`seq(${top()})`); break;
        case 'MATCH_MAPPING': stack.push(`map(${top()})`); break;
        case 'GET_LEN': stack.push(`len(${top()})`); break;
        case 'MATCH_KEYS': stack.push(`vals(${stack[stack.length - 2]})`); break;
        case 'MATCH_CLASS': { pop(); const cls = pop(); stack.push(`attrs(${pop()}:${cls})`); break; }
        case 'COMPARE_OP': { const b = pop(); stack.push(`${pop()}${CMPOP_NAMES[arg]}${b}`); break; }
        case 'IS_OP': { const b = pop(); stack.push(`${pop()} is${arg ? ' not' : ''} ${b}`); break; }
        case 'BINARY_OP': { const b = pop(); stack.push(`${pop()}-${b}`); break; }
        case 'BINARY_SUBSCR': { const b = pop(); stack.push(`${pop()}[${b}]`); break; }
        case 'BUILD_TUPLE': stack.push(`(${stack.splice(stack.length - arg).join(', ')})`); break;
        case 'BUILD_MAP': stack.push('{}'); break;
        case 'DICT_UPDATE': { const v = pop(); stack[stack.length - arg] = `dict(${v})`; break; }
        case 'DELETE_SUBSCR': { const k = pop(); const d = pop(); stores = { ...stores, [`del ${d}[${k}]`]: '' }; break; }
        case 'UNPACK_SEQUENCE': { const x = pop(); for (let i = arg - 1; i >= 0; i--) stack.push(`${x}[${i}]`); break; }
        case 'UNPACK_EX': {
          const x = pop();
          const before = arg & 0xff;
          const after = arg >> 8;
          for (let k = 1; k <= after; k++) stack.push(`${x}[-${k}]`);
          stack.push(`${x}[${before}:${after ? -after : ''}]`);
          for (let i = before - 1; i >= 0; i--) stack.push(`${x}[${i}]`);
          break;
        }
        case 'JUMP_FORWARD': pc = arg; break;
        case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_NOT_NONE': {
          const v = pop();
          const cond = op.endsWith('NONE') ? `${v} is not None` : v;
          const jumpWhenTrue = op === 'POP_JUMP_IF_TRUE' || op === 'POP_JUMP_IF_NOT_NONE';
          // Follow each outcome the path's earlier assumptions allow (a test repeated in two
          // alternatives must come out the same).
          if (!truths.has(`not ${cond}`)) run(jumpWhenTrue ? arg : pc, [...stack], new Set([...truths, cond]), stores, steps);
          if (!truths.has(cond)) run(jumpWhenTrue ? pc : arg, [...stack], new Set([...truths, `not ${cond}`]), stores, steps);
          return;
        }
        case 'RETURN_VALUE':
          pop();
          if (stack.length !== 0) throw new Error(`${stack.length} items left on the stack`);
          done.push({ truths, stores });
          return;
        default: throw new Error(`symbolic interpreter: no ${op}`);
      }
    }
  };
  run(0, [], new Set(), {}, 0);
  return done;
}

/** [a condition the alternative requires, the stores it must make]; paths storing nothing fail. */
const CAPTURES: [string, [string, Record<string, string>][]][] = [
  ['case [1, a, b] | [2, b, a]:', [['S[0]==1', { a: 'S[1]', b: 'S[2]' }], ['S[0]==2', { b: 'S[1]', a: 'S[2]' }]]],
  ['case (1, a, b, c) | (2, c, b, a) | (3, b, c, a):', [
    ['S[0]==1', { a: 'S[1]', b: 'S[2]', c: 'S[3]' }],
    ['S[0]==2', { c: 'S[1]', b: 'S[2]', a: 'S[3]' }],
    ['S[0]==3', { b: 'S[1]', c: 'S[2]', a: 'S[3]' }],
  ]],
  ['case [x, *rest, 9] as whole if x:', [['S[-1]==9', { x: 'S[0]', rest: 'S[1:-1]', whole: 'S' }]]],
  ['case [a, *_, b]:', [['seq(S)', { a: 'S[0]', b: 'S[len(S)-1]' }]]],
  ['case [*_, a, _, b]:', [['seq(S)', { a: 'S[len(S)-3]', b: 'S[len(S)-1]' }]]],
  ["case {'k': v, 'j': (1 | 2) as w, **rest}:", [['map(S)', {
    v: 'vals(S)[0]', w: 'vals(S)[1]', rest: "dict(S)", "del dict(S)[('k', 'j')[0]]": '', "del dict(S)[('k', 'j')[1]]": '',
  }]]],
  ['case C(a, b=[_, c, *_], d=(1 as e) | (2 as e)):', [['attrs(S:C)[2]==1', { a: 'attrs(S:C)[0]', c: 'attrs(S:C)[1][1]', e: 'attrs(S:C)[2]' }], ['attrs(S:C)[2]==2', { a: 'attrs(S:C)[0]', c: 'attrs(S:C)[1][1]', e: 'attrs(S:C)[2]' }]]],
  ['case [p, ([q, r] | (r, q, _)), s]:', [['len(S[1])==2', { p: 'S[0]', q: 'S[1][0]', r: 'S[1][1]', s: 'S[2]' }], ['len(S[1])==3', { p: 'S[0]', r: 'S[1][0]', q: 'S[1][1]', s: 'S[2]' }]]],
  ['case {"a": [a, (1 | 2) as b] | (b, a)}:', [['vals(S)[0][1]==1', { a: 'vals(S)[0][0]', b: 'vals(S)[0][1]' }], ['vals(S)[0][1]==2', { a: 'vals(S)[0][0]', b: 'vals(S)[0][1]' }], ['len(vals(S)[0])==2', { b: 'vals(S)[0][0]', a: 'vals(S)[0][1]' }]]],
];

describe('captures are stored from the right place on every path', () => {
  for (const [pattern, alternatives] of CAPTURES) {
    it(pattern, () => {
      const code = compile(`match S:\n    ${pattern}\n        pass\n`, 'x.py');
      const paths = symbolicPaths(code).filter((p) => Object.keys(p.stores).length > 0);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        // The first alternative (in order) whose condition held on this path is the one taken.
        const alt = alternatives.find(([cond]) => p.truths.has(cond) && !p.truths.has(`not ${cond}`));
        expect(alt, `no alternative fits ${[...p.truths].join(', ')}`).toBeDefined();
        expect(p.stores).toEqual(alt![1]);
      }
    });
  }
});
