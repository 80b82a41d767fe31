// Uncaught-exception reports, compared WHOLE with CPython 3.11: each program below runs under
// bin/pystm and python3 from the same temporary folder (so the "File" lines agree) and the
// complete stderr and the exit status must be identical: nested calls, chained exceptions,
// 3.11's ~~~^^^ carets under binary operators and subscripts, methods, lambdas, generators,
// exception groups, notes, SystemExit forms and RecursionError's "[Previous line repeated N
// more times]"; the carets under targets (`a, b = v`, `del x`, `c.n += 1`) and a method chain's
// line (compiler/codegen.ts attrStart). Skipped (with a message) when python3 is not CPython 3.11.
import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311, runPystm, runPython } from '../helpers/run';

const PROGRAMS: Record<string, string> = {
  'attribute_error.py': 'class Point:\n    def __init__(self):\n        self.x = 1\np = Point()\nprint(p.x + p.y)\n',
  'carets_binop.py': 'def f(a, b, c):\n    return a + b * c // 0\nx = 1\ny = f(x, 2, 3) if x else None\n',
  'carets_subscript.py': 'data = {"a": [1, 2, 3]}\ndef get(d):\n    return d["a"][10]\nprint(get(data))\n',
  'chained.py': 'def parse(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise RuntimeError("bad config") from e\ndef load():\n    try:\n        parse("x")\n    except RuntimeError:\n        [].pop()\nload()\n',
  'context_suppressed.py': 'try:\n    {}["a"]\nexcept KeyError:\n    raise AttributeError("replaced") from None\n',
  'generator_error.py': 'def gen():\n    yield 1\n    raise KeyError("from generator")\nfor v in gen():\n    print(v)\n',
  'group_nested.py': 'def fail(n):\n    raise ValueError(f"v{n}")\nerrors = []\nfor i in range(2):\n    try:\n        fail(i)\n    except ValueError as e:\n        errors.append(e)\ninner = ExceptionGroup("inner", [TypeError("t")])\nraise ExceptionGroup("outer", errors + [inner])\n',
  'lambda_error.py': 'items = [3, 0, 2]\nprint(list(map(lambda v: 10 / v, items)))\n',
  'method_error.py': 'class Account:\n    def __init__(self, balance):\n        self.balance = balance\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ValueError(f"insufficient funds: {self.balance} < {amount}")\n        self.balance -= amount\nacct = Account(10)\nacct.withdraw(3)\nacct.withdraw(30)\n',
  'multiline_call.py': 'def f(*a):\n    return a[5]\nresult = f(\n    1,\n    2,\n)\n',
  'mutual_recursion.py': 'def ping(n):\n    return pong(n + 1)\ndef pong(n):\n    return ping(n + 1)\nping(0)\n',
  'nested_calls.py': 'def a(x):\n    return b(x) + 1\ndef b(x):\n    return c(x) * 2\ndef c(x):\n    return {"k": 1}[x]\na("missing")\n',
  'notes_and_context.py': 'try:\n    raise OSError(2, "No such file or directory")\nexcept OSError as e:\n    err = TypeError("wrapped")\n    err.add_note("note one")\n    raise err\n',
  'raise_systemexit.py': 'def stop():\n    raise SystemExit\nstop()\n',
  'recursion.py': 'def walk(n):\n    return walk(n + 1) + 1\nwalk(0)\n',
  'sys_exit_int.py': 'import sys\nprint("bye")\nsys.exit(3)\n',
  'sys_exit_msg.py': 'import sys\nsys.exit("fatal: cannot continue")\n',
  'unicode_line.py': 'naïve = {"ключ": 1}\nprint(naïve["ключ"] + naïve["нет"])\n',
  'class_body_comprehension.py': 'class Config:\n    values = {k: 10 // k for k in range(-1, 2)}\n',
  'decorated_comprehension.py': 'def deco(f):\n    def wrapper(*a):\n        return f(*a)\n    return wrapper\n@deco\ndef compute(x):\n    return [1 / v for v in x]\ncompute([1, 0])\n',
  'error_in_finally.py': 'def outer():\n    try:\n        raise KeyError("first")\n    finally:\n        x = undefined_thing\nouter()\n',
  'imported_module_error.py': 'import helper_mod\nhelper_mod.run()\n',
  'generator_close_raises.py': 'def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        raise ValueError("in close")\nit = g()\nnext(it)\nit.close()\n',
  'subscript_in_expression.py': 'data = [1, 2, 3]\ntotal = sum(data) + data[1] * data["x"]\n',
  'attribute_of_none.py': 'obj = None\nprint(obj.attribute.other)\n',
  'method_call_chain.py': 'def f(a, b):\n    return a.method(b)[0]\nf(1, 2)\n',
  'nested_subscripts.py': 'x = {"a": {"b": None}}\nprint(x["a"]["b"]["c"])\n',
  'three_level_chain.py': 'try:\n    raise ValueError("a")\nexcept ValueError as e:\n    try:\n        raise TypeError("b") from e\n    except TypeError:\n        raise KeyError("c")\n',
  'sys_exit_none.py': 'import sys\ndef f():\n    sys.exit(None)\nf()\n',
  'raise_class_no_args.py': 'def f():\n    raise NotImplementedError\nf()\n',
  // positions of targets, augmented assignments, imports and attributes across lines
  'unpack_mismatch.py': "val = [1, 2, 3]\nfirst, second = val\n",
  'unpack_star_short.py': "def f(v):\n    head, *mid, tail = v\n    return mid\nf([1])\n",
  'del_unbound_name.py': "x = 1\ndel x, y\n",
  'del_unbound_local.py': "def f():\n    a = 1\n    del a, b\nf()\n",
  'import_from_missing.py': "from helper_mod import run, missing_name\n",
  'import_from_missing_multiline.py': "from helper_mod import (run,\n    missing_name as other)\n",
  'augassign_attribute.py': "class C:\n    pass\nc = C()\nc.count += 1\n",
  'augassign_subscript.py': "d = {\"a\": 1}\nd[\"k\"] += 1\n",
  'augassign_unbound.py': "def f():\n    n += 1\nf()\n",
  'store_attribute_none.py': "x = None\nx.field = 3\n",
  'multiline_method_chain.py': "class Q:\n    def a(self):\n        return self\n    def b(self):\n        raise ValueError(\"b\")\nq = Q()\nr = (q\n     .a()\n     .b())\n",
  'multiline_attribute.py': "obj = object()\nvalue = (obj\n    .missing)\n",
  'for_target_unpack.py': "for a, b in [(1, 2), (3,)]:\n    pass\n",
  'with_target_unpack.py': "import contextlib\nwith contextlib.nullcontext(5) as (a, b):\n    pass\n",
};

/** Modules the programs import (written beside them, not run on their own). */
const SUPPORT: Record<string, string> = {
  'helper_mod.py': 'def run():\n    return int("nope")\n',
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-tb-'));
  for (const [name, text] of Object.entries({ ...PROGRAMS, ...SUPPORT })) fs.writeFileSync(path.join(dir, name), text);
});

const py = hasPython311();
describe.skipIf(!py)('uncaught exception reports match CPython 3.11 byte for byte', () => {
  for (const name of Object.keys(PROGRAMS)) {
    it(name, () => {
      const mine = runPystm([name], { cwd: dir });
      const theirs = runPython([name], { cwd: dir });
      expect(mine.stderr).toBe(theirs.stderr);
      expect(mine.stdout).toBe(theirs.stdout);
      expect(mine.status).toBe(theirs.status);
    });
  }
});

describe.skipIf(py)('uncaught exception reports (python3 missing)', () => {
  it('skips: CPython 3.11 is needed as the oracle', () => {
    expect(hasPython311()).toBe(false);
  });
});
