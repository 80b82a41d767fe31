// compiler/warnings.ts: the compile-time warnings of compile() (category, message, line, and
// how many) and the SyntaxError each becomes under an "error" filter (the first one), compared
// with CPython 3.11's for snippets covering every rule (spec/tools/compile_warnings.py).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { compile } from '../../compiler/compile';
import { PySyntaxError } from '../../compiler/errors';
import type { CompileWarning } from '../../compiler/warnings';
import { hasPython311 } from '../helpers/run';

const ROOT = path.resolve(__dirname, '../..');
const HAVE_PY = hasPython311();

const CASES = [
  // "is" with a literal, after constant folding
  'x is 5', 'x is ()', 'x is -1', 'x is (1,2)', "x is not 'a'", 'x is None', 'x is ...', 'x is True', '1 is x', 'x is not -0.5',
  'if x is 5: pass', 'if 1 < x is 5: pass', 'if (x\n  is 5\n  < y): pass', 'y = (x\n is\n 5)', 'x == 1 is 2',
  'def f():\n  return x is 5', 'if 0:\n  x is 5', 'while 0:\n  x is 5', 'while not x is 5: pass', 'if x is 5 or y is 6: pass',
  'try: pass\nfinally: x is 5', 'try: pass\nexcept: pass\nelse: x is 5', 'with a: x is 5', 'for a in b: x is 5\nelse: x is 6',
  'match x:\n case 1: x is 5', 'async def f():\n  async with a: x is 5', 'def f() -> x is 5: pass',
  'def f(a=x is 1): pass', 'lambda: x is 1', '[y for y in z if y is 1]', 'class C:\n  x is 1', 'x = 1 if x is 1 else 2',
  'x = [i for i in y if i is 5 if i is 6]', 'x = 1 is 1 is 1',
  // assert
  "assert (x, 'm')", 'assert ()', 'assert (x,)', 'assert (1, 2)', 'assert (1,\n2)',
  // calls
  '(1)(2)', '[1](2)', '(1,2)(3)', "f'a'(1)", '{}(1)', '{1}(1)', '[x for x in y](1)', '(x for x in y)(1)', 'None(1)', '...(1)', 'True(1)',
  "b'x'(1)", '1.5(1)', '1j(1)', '(lambda: 1)(1)', 'x = (1)(2)(3)', '(1\n)(2)', "x = f'{\"a\"}'(1)", 'x: (1)(2) = 3', 'def f(x: (1)(2)): pass',
  'from __future__ import annotations\ndef f(x: (1)(2)): pass', "'a'.join(x)", "'{}'.format(1)",
  // subscripts
  '1[2]', 'None[1]', '{1}[1]', '(lambda: 1)[0]', '[1,2][x]', '[1][1.5]', "(1,2)['a']", "'ab'['a']", "'ab'[1]", "[1]['a'] = 2",
  "b'a'[1.0]", 'x[1:2]', '[1][x:y]', "f'{x}'[1.0]", "[]['a']", 'x = (1)[1]', 'x = [1][1.0][2.0]', 'del x[1.0]', '(1)(2)[1.5]',
  "x = f'{x!r}'['a']", 'True[0]', '[1][True]', "(x for x in y)['a']", "[1][(1, 2)]", "'ab'[[1]]", "'ab'[{1: 2}]", "x[1.0] += 1",
  // escapes
  "x = '\\d'", "x = b'\\d'", "x = '\\777'", "x = b'\\777'", "x = '\\d\\e'", "x = f'\\d{x}'", "x = f'\\{x}'", "x = '''\n\\d'''",
  "x = '\\é'", "x = '\\é\\d'", "x = 'a' 'b\\d'", "x = f'{x:\\d}'", "x = f'{x!r:\\d}'", "x = rb'\\d'", "x = '\\8'", "x = b'\\8'",
  "x = '\\400'", "x = f'\\d{x}\\e'", "x = f'\\{x}\\{y}'", "x = f'\\d\\e{x}'", "x = '\\d' '\\e'", "x = f'{x}' '\\d'",
  "def f():\n  '''\\d'''\n", "x = u'\\d'", "x = '''a\nb\\d'''", "x = (1,\n  '\\d')", "x = '\\7777'", "x = '\\N{DASH}\\d'",
  // numbers followed by a keyword
  'x = 0in y', 'x = 1if y else 2', 'x = 0x1for y in z', 'x = 1jif y else 2', 'x = 1.0or 2', 'x = 0o7and 2', 'x = 0b1is 2',
  'x = 1_0not in y', 'x = 0in y\nz = 0in y', 'x = 10in y', 'x = 1e5if y else 2',
  'x = [0o7for x in ()]', 'x = x if 9else y', 'x = x if 0b1else y', 'x = [1jfor x in ()]', 'x = [1.for x in ()]', 'x = 0xfand y',
  // several kinds together, in order
  "x = '\\d'\nif x is 5: assert (x, 1)\n(1)(2)",
];

function ours(src: string): unknown {
  const ws: CompileWarning[] = [];
  try {
    compile(src, 'x.py', 'exec', ws);
  } catch (e) {
    if (e instanceof PySyntaxError) return ['error', e.msg];
    throw e;
  }
  const first = ws[0]?.error;
  return [ws.map((w) => [w.category, w.message, w.lineno]),
    first ? [first.msg, first.lineno, first.offset, first.end_lineno, first.end_offset] : null];
}

describe('compile-time warnings against CPython 3.11', () => {
  it.skipIf(!HAVE_PY)('warn the same, and become the same SyntaxError', () => {
    const out = execFileSync('python3', [path.join(ROOT, 'spec/tools/compile_warnings.py')], {
      input: CASES.map((s) => JSON.stringify(s)).join('\n') + '\n', encoding: 'utf8',
    }).trim().split('\n').map((l) => JSON.parse(l));
    const diffs: string[] = [];
    CASES.forEach((src, i) => {
      const got = JSON.stringify(ours(src));
      const want = JSON.stringify(out[i]);
      if (got !== want) diffs.push(`${JSON.stringify(src)}\n  ours:    ${got}\n  CPython: ${want}`);
    });
    expect(diffs.join('\n')).toBe('');
  });

  it('collects nothing when no list is given, and keeps the warnings of a failed compile', () => {
    expect(() => compile('x is 5', 'x.py')).not.toThrow();
    const ws: CompileWarning[] = [];
    expect(() => compile("x = '\\d'\nreturn 1", 'x.py', 'exec', ws)).toThrow(PySyntaxError);
    expect(ws.map((w) => w.message)).toEqual(["invalid escape sequence '\\d'"]);
  });
});
