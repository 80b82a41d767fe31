// Source positions of instructions (co_positions: line, end line, column, end column), which
// tracebacks draw their carets and lines from, compared with CPython 3.11's for the same
// sources: spec/tools/positions_dump.py runs under python3 and bin/pystm and lists, per code
// object, the instructions both bytecodes have. Covered: targets of every kind (names,
// attributes, subscripts, unpacking, for/with/except targets), augmented assignments, imports,
// attributes and method calls spread over lines (3.11 starts them at the attribute's name),
// class and function prologues, comprehensions, exception handlers' entries and cleanups (no
// position, as CPython's), loops and ifs on constants (no test, no dead code after them: the
// dump lists NOPs and JUMP_BACKWARDs of the flow_ files too). Not compared: whole golden programs, whose bytecode differs in
// places where positions do not matter (3.11 loads a method of an imported module with
// LOAD_ATTR and duplicates a while loop's test; pystm does not).
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311, runPystm, runPython } from '../helpers/run';

const ROOT = path.resolve(__dirname, '../..');
const DUMP = path.join(ROOT, 'spec/tools/positions_dump.py');

const SNIPPETS: Record<string, string> = {
  'targets.py': 'x = 1\na = b = x\nfirst, *rest = [1, 2, 3]\n[p, (q, r)] = s = (1, (2, 3))\nobj.attr = 5\nd[k] = 6\ndel x, a\ndel obj.attr, d[k]\nfor i, j in pairs:\n    pass\nwith f() as (u, v):\n    pass\ntry:\n    pass\nexcept E as err:\n    pass\n',
  'augmented.py': 'n += 1\nobj.count += 2\nd["k"] -= 3\ndef f():\n    global g\n    g *= 2\n    loc = 1\n    loc //= 2\n    def inner():\n        nonlocal loc\n        loc += 1\n',
  'imports.py': 'import os\nimport a.b.c as d\nimport x.y\nfrom m import (p,\n    q as r)\nfrom . import s\n',
  'multiline.py': 'v = (a\n     .bcd)\nw = (a\n  .bcd\n  .e)\n(a\n  .bcd) = 3\ndel (a\n  .bcd)\n(a\n  .meth(1)\n  .other(2, k=3))\nz = obj.method(\n    arg)\n',
  'prologues.py': '@dec\nclass C(B):\n    x: int = 1\n    def m(self):\n        return __class__\n@dec\ndef gen(n):\n    y = n\n    def inner():\n        return y\n    yield inner\nlam = lambda q: q + 1\n',
  'handlers.py': 'def f():\n    try:\n        g()\n    except (A, B) as e:\n        h(e)\n    except C:\n        pass\n    finally:\n        k()\n    with m() as n:\n        n.x = 1\n    async def a():\n        async with q() as r:\n            await r\n',
  'flow_constant_tests.py': 'def f(n):\n    while True:\n        n += 1\n        if n > 3:\n            break\n    while 1:\n        n -= 1\n        if n < 0: return n\n    print("dead")\n    n = 2\ndef g(n):\n    while 0:\n        n += 1\n    else:\n        n -= 1\n    if 0:\n        n = f(n)\n    elif "x":\n        n = g(n)\n    else:\n        n = h(n)\n    assert 1, n\n    while (1, 2): n += 1\n    return n\ndef h(n):\n    return n\n    n = 1\n    raise E\n',
  'comprehensions.py': 's = sum(x * 2 for x in range(3) if x)\nl = [y + 1 for y in z]\nd = {k: v for k, v in w}\nt = {e for e in (1, 2)}\n',
};

describe.skipIf(!hasPython311())('instruction positions match CPython 3.11', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-pos-'));
  for (const [name, text] of Object.entries(SNIPPETS)) fs.writeFileSync(path.join(dir, name), text);

  it('for targets, augmented assignments, imports, multi-line attributes, prologues, comprehensions', () => {
    const files = Object.keys(SNIPPETS);
    const theirs = runPython([DUMP, ...files], { cwd: dir });
    expect(theirs.status).toBe(0);
    const mine = runPystm([DUMP, ...files], { cwd: dir });
    expect(mine.stderr).toBe('');
    expect(mine.stdout).toBe(theirs.stdout);
  }, 120_000);
});
