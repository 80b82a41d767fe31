// The parser on small snippets, one per grammar area and one per error message, each compared
// with CPython 3.11 at test time: the AST through ast.dump(include_attributes=True), errors
// through (kind, msg, lineno, offset). The whole-stdlib comparison is stdlib_ast.test.ts.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '../../compiler/parser';
import { buildSymtable } from '../../compiler/symtable';
import { PySyntaxError } from '../../compiler/errors';
import { compareAsts } from '../helpers/ast_compare';
import { hasPython311, ROOT } from '../helpers/run';

const GRAMMAR: Record<string, string> = {
  decorators: '@a.b(1)\n@c\ndef f(x, /, y=2, *a, z, w=3, **k) -> int:\n    return x\n',
  async_forms: 'async def f():\n    async with a as b, c:\n        async for x in y:\n            await z\n    return [i async for i in g()]\n',
  match_all_patterns: 'match p:\n    case 1 | -2 | 3+4j | "s" "t":\n        pass\n    case [a, *rest] | (a, *rest):\n        pass\n    case {"k": v, **kw}:\n        pass\n    case C(1, x=y) as z if z:\n        pass\n    case None | True | a.b.c:\n        pass\n    case _:\n        pass\n',
  walrus: 'if (n := len(a)) > 10: print(n)\n[y := f(x), y**2]\n',
  lambdas: 'f = lambda a, b=1, *c, d, e=2, **g: (a, b, c, d, e, g)\ng = lambda: 0\nh = lambda *, k: k\n',
  comprehensions: '[x for x in y if x for z in x]\n{k: v for k, v in d.items()}\n{a for a in b}\n(g for g in h)\nf(x for x in y)\n',
  star_expressions: 'a, *b = c\nreturn_ = *a, b\nfor x in *a, b: pass\nprint(*a, **k)\nx = a[*b]\ndef f(*args: *Ts): pass\n',
  fstrings: 'f"{a!r:>{w}.{p}} {b=} {c!s} {{}} {d:%Y-%m}" rf"\\d{x}"\nf"""multi\n{line\n + 1}"""\n',
  literals: 'x = 1_000 + 0x_ff + 0o7 + 0b1 + 1.5e-3 + 2j + .5 + 5.\ns = b"\\x00\\n" + rb"\\d"\nu = u"\\N{BULLET} \\u00e9 \\U0001F600 \\101"\nt = "a" "b" \'c\'\n',
  continuations: 'x = 1 + \\\n    2\ny = (1,\n     2)\nif a and \\\n   b:\n    pass\n',
  annotations: 'x: int\ny: list[int] = []\n(z): str = "a"\na.b: int = 1\nc[0]: float\n',
  try_forms: 'try:\n    pass\nexcept* (A, B) as e:\n    pass\ntry:\n    pass\nexcept A:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
  with_parens: 'with (open(a) as f, open(b) as g,):\n    pass\nwith (a, b) as c:\n    pass\n',
  global_nonlocal: 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n        x = y = 2\n',
  slices: 'a[1:2, ::3, :, 4]\nb[:]\nc[x:y:z]\nd[()]\n',
  chained: 'a < b <= c != d is not e not in f in g is h\nnot a or b and not c\n-a ** -b\n',
  imports: 'import a.b.c as d, e\nfrom ..x import (y as z, w,)\nfrom . import *\n',
  classes: 'class A(B, metaclass=M, **kw):\n    """doc"""\n    x: int = 0\n    def m(self): return super().m()\n',
  // escapes of a high then a low surrogate are two code points, not one astral character
  surrogate_escapes: "a = '\\ud834\\udd1e'\nb = '\\ud834' '\\udd1e'\nc = f'\\ud834{x}\\udd1e' f'\\udd1e' '\\ud834\\udd1e\\ud834'\nd = u'x\\U0000d800\\udc00y\\U0001d11e\\ud834\\udd1e'\ne = '\\ud834\\udd1e' + '\\u00e9'\n",
  // Unicode 14.0 as CPython 3.11: NFKC identifiers, repr escapes characters assigned since
  name_aliases: 'x = "\\N{LATIN CAPITAL LETTER GHA}\\N{NUL}\\N{byte order mark}\\N{BEL}\\N{BELL}"\n',
  unicode_14: '\u210c = \uff42 = \u00b5 = 1\nx = "\\u2ffc \\U0001f6dc \\U0001e4d0"\n',
};

describe.skipIf(!hasPython311())('grammar areas give CPython\'s exact AST', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-grammar-'));
  for (const [name, src] of Object.entries(GRAMMAR)) {
    it(name, () => {
      const file = path.join(dir, name + '.py');
      fs.writeFileSync(file, src);
      const r = compareAsts([file]);
      expect(r.compared).toBe(1);
      expect(r.mismatches).toEqual([]);
    });
  }
});

const ERRORS: string[] = [
  'f(a b)\n',
  'x = (1, 2\ny = 3\n',
  'if x = 1:\n    pass\n',
  'if x\n    pass\n',
  'def f():\nreturn 1\n',
  'class A:\npass\n',
  'for x in y:\npass\n',
  'f() = 1\n',
  '1 = x\n',
  'del f()\n',
  'a + 1 += 2\n',
  'print "hello"\n',
  'def f(a=1, b): pass\n',
  'f(x=1, y)\n',
  'f(**k, *a)\n',
  'def f(*): pass\n',
  'x = yield = 3\n',
  'try:\n    pass\n',
  'try:\n    pass\nexcept A, B:\n    pass\n',
  'x = 1 if y\n',
  'import a.b as\n',
  'from x import a,\n',
  'f(x for x in y, 1)\n',
  'lambda x=1, y: x\n',
  'a, b: int\n',
  'nonlocal x\n',
  'def f(x):\n    global x\n',
  'f"{a!x}"\n',
  'f"{a"\n',
  'f"}"\n',
  '"\\N{NO SUCH NAME}"\n',
  'b"\u00e9"\n',
  '"a" b"b"\n',
  'x = [1, 2 3]\n',
  '(a, b) += 1\n',
  'with a as 1:\n    pass\n',
  // letters assigned after Unicode 14.0 are not identifier characters in CPython 3.11
  'x\u{1e4d0} = 1\n',
  '\u{1e4d0} = 1\n',
  'a\u2ffc = 1\n',
  // which error wins when the parser and the tokenizer both fail (CPython tokenizes the rest of
  // the source after a parser error; a bracket left open wins only on a later line)
  'def f(:\n  pass\n',
  'def f(:\n  pass\nx = "abc\n',
  'a = 1 +\nb = $\nc = \u20ac\n',
  'x = (1, 2\ny = 3\n',
  'a = $\nb = (\n',
  'x = 1 ! 2\n',
  'a ? b : c\n',
  'f(1 2)\nx = (\n',
  // "cannot assign to X here. Maybe you meant '=='": only `a = b` alone, a and b bitwise_ors
  'def f(): (yield bar) = y\n',
  'x = (yield) = 1\n',
  'x = 1 = 2\n',
  'f() = x = 1\n',
  'f() = not x\n',
  'a < b = 1\n',
  'not a = 1\n',
  '{} = 1\n',
  '[a for a in b] = 1\n',
  '(x := 1) = 2\n',
  'None = 1\n',
  '[1][0]() = 1\n',
  '(1, 2)[0]() = 1\n',
  'a, f() = 1\n',
  '[a, f()] = 1\n',
  '(1, 2) = 3\n',
  // ... and where a named expression stands (display items, conditions)
  "ages = {'Alice'=22, 'Bob'=23}\n",
  'if x.y = 1: pass\n',
  'while f() = 1: pass\n',
  '[x = 1]\n',
  '{1, x = 2}\n',
  '[x = 1 = 2]\n',
  '[x = not y]\n',
  '[None = 1]\n',
  'x[a.b = 1]\n',
  // an ASCII character that is no token is "invalid syntax", others an "invalid character"
  'print (a+b,c) $ 42\n',
  'a ? b\n',
  '`x`\n',
  'a \u20ac b\n',
  // a backslash at the end of the source continues the line (CPython adds a final newline)
  '(1,\\\n\\',
  'x = 1 + \\',
  'x = (1 +\\',
  '(1,\\\n',
  'x = 1 \\\n',
  '"\\\n"(1 for c in I,\\\n\\',
  'if 1:\n  x = 1\\',
  // a bad digit after an underscore is named
  '0b1_2\n',
  '0o1_8\n',
  '0b1_\n',
  '0o1_a\n',
];

describe.skipIf(!hasPython311())('syntax errors carry CPython\'s message and location', () => {
  const expected: ([string, string, number, number] | null)[] = hasPython311()
    ? execFileSync('python3', [path.join(ROOT, 'spec/tools/compile_errors.py')], { input: ERRORS.map((s) => JSON.stringify(s)).join('\n') + '\n', encoding: 'utf8' })
      .trim().split('\n').map((l) => JSON.parse(l))
    : [];
  ERRORS.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      let got: [string, string, number, number] | null = null;
      try {
        buildSymtable(parse(src, 'x.py'), 'x.py', src);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.msg, e.lineno, e.offset];
      }
      expect(got).toEqual(expected[i]);
    });
  });
});
