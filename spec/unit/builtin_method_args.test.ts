// Builtin methods' argument checks against CPython's (vm/NOTES.md "h24-kw"):
// spec/tools/builtin_method_args.py calls every method of the builtin classes pystm provides
// with a made-up keyword, no arguments and four, as o.m(...), bound (m = o.m) and as C.m(o, ...),
// under python3 and under pystm; the outcomes must be the same, but for the remainder below.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, hasPython311, runPystm, runPython } from '../helpers/run';

/** "== class" sections of "name form.args: outcome" lines -> "class name form.args" -> outcome. */
function outcomes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let cls = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('== ')) cls = line.slice(3);
    else if (line !== '') {
      const i = line.indexOf(': ');
      out.set(`${cls} ${line.slice(0, i)}`, line.slice(i + 2));
    }
  }
  return out;
}

/** A difference left as it is: a bound method's wrong argument count names the method's own class
 *  here, the bound self's class in CPython ("int.__reduce__() takes no arguments" for `m =
 *  (5).__reduce__; m(1)`; "object.__reduce__()" both for `(5).__reduce__(1)`): the impl, which
 *  checks the count, does not know whether it was called bound. */
function boundCountName(key: string, theirs: string, ours: string): boolean {
  if (!/ b\.(0|4)$/.test(key)) return false;
  const re = /^TypeError: [\w.<>]+\.(\w+\(\) takes .*)$/;
  const a = re.exec(theirs), b = re.exec(ours);
  return a !== null && b !== null && a[1] === b[1];
}

/** The rest, "class method" -> why it differs (not argument checks of pystm's methods). */
const REMAINDER: Record<string, string> = {
  'StringIO _checkClosed': 'pystm has no _io._IOBase (lib/io.py writes IOBase in Python)',
  'StringIO _checkReadable': 'the same',
  'StringIO _checkSeekable': 'the same',
  'StringIO _checkWritable': 'the same',
  'BytesIO _checkClosed': 'the same',
  'BytesIO _checkReadable': 'the same',
  'BytesIO _checkSeekable': 'the same',
  'BytesIO _checkWritable': 'the same',
  'BytesIO readinto1': "CPython's is _BufferedIOBase's (named so), pystm's BytesIO's own",
  'enumerate __class_getitem__': 'pystm has none (enumerate[int] is an error)',
  'async_generator __class_getitem__': 'the same',
  'Exception __new__': "CPython's Exception and UnicodeDecodeError have a __new__ of their own (named so); pystm's share BaseException's",
  'StopIteration __new__': 'the same',
  'ImportError __new__': 'the same',
  'AttributeError __new__': 'the same',
  'SyntaxError __new__': 'the same',
  'UnicodeDecodeError __new__': 'the same',
  'OSError __init__': "CPython's OSError does its work (and its keyword check) in __new__, pystm's in __init__: e.__init__(x=1) on a made one is refused",
  'async_generator athrow': "CPython 3.11 checks athrow()'s arguments when the awaitable runs, pystm at the call",
  'type __dir__': "type.__dir__(K, ...) and kin, unbound on a class: pystm's type has no __dir__/__sizeof__ (object's), and a metaclass method names the class it is called on",
  'type __sizeof__': 'the same',
  'type __format__': 'the same',
  'type __instancecheck__': 'the same',
  'type __subclasscheck__': 'the same',
  'type __subclasses__': 'the same',
  'type mro': 'the same',
};

describe.skipIf(!hasPython311())('builtin methods take arguments as CPython\'s do', () => {
  it('every method of the surveyed classes, keywords and argument counts', () => {
    const tool = path.join(ROOT, 'spec/tools/builtin_method_args.py');
    const theirs = runPython([tool]);
    const ours = runPystm([tool], { timeout: 120_000 });
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe('');
    const a = outcomes(theirs.stdout), b = outcomes(ours.stdout);
    expect(a.size).toBeGreaterThan(10000);
    const differ: string[] = [];
    for (const [k, v] of a) {
      const w = b.get(k) ?? 'missing';
      if (w !== v && !boundCountName(k, v, w) && REMAINDER[k.split(' ').slice(0, 2).join(' ')] === undefined) differ.push(`${k}: ${v} || ${w}`);
    }
    for (const k of b.keys()) if (!a.has(k)) differ.push(`${k}: (not in CPython)`);
    expect(differ).toEqual([]);
  }, 200_000);
  it("vm/objects/builtin_no_keywords.ts's METHODS and BASES are the tool's --table", () => {
    const table = runPython([path.join(ROOT, 'spec/tools/builtin_method_args.py'), '--table']);
    expect(table.status).toBe(0);
    expect(fs.readFileSync(path.join(ROOT, 'vm/objects/builtin_no_keywords.ts'), 'utf8')).toContain(table.stdout);
  });
});
