// Shared by the unicodedata tests (spec/unit/unicodedata*.test.ts): running a python3 script for
// its output, comparing its lines with ours per code point, and the normal forms' names.
import { execFileSync } from 'node:child_process';
import type { NormalForm } from '../../vm/modules/unicodedata_normalize';

export function python(code: string): string {
  return execFileSync('python3', ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 29 });
}

export const FORMS: NormalForm[] = ['NFC', 'NFD', 'NFKC', 'NFKD'];

export const hex = (cps: readonly number[]): string => cps.map((c) => c.toString(16)).join(' ');

/** Where ours and CPython's lines differ (the first 20). */
export function compareLines(theirs: string, ours: (i: number) => string): string[] {
  const lines = theirs.split('\n');
  const diff: string[] = [];
  for (let i = 0; i < lines.length && diff.length < 20; i++) {
    const mine = ours(i);
    if (mine !== lines[i]) diff.push(`line ${i}: ours ${mine} | CPython ${lines[i]}`);
  }
  return diff;
}

/** python3's properties and name of every code point under `db` ('unicodedata' or
 *  'unicodedata.ucd_3_2_0'), one line each: "cat|bidi|comb|eaw|mirrored|decomp|dec|digit|num|name". */
export function pythonProperties(db: string): string {
  return python(
    `import sys, unicodedata\nu = ${db}\nw = []\nfor c in range(0x110000):\n    ch = chr(c)\n` +
    '    num = u.numeric(ch, None)\n' +
    "    w.append('%s|%s|%d|%s|%d|%s|%s|%s|%s|%s' % (u.category(ch), u.bidirectional(ch), u.combining(ch), " +
    "u.east_asian_width(ch), u.mirrored(ch), u.decomposition(ch), u.decimal(ch, ''), u.digit(ch, ''), " +
    "'' if num is None else repr(num), u.name(ch, '')))\nsys.stdout.write('\\n'.join(w))\n",
  );
}

/** A float as Python's repr shows it (numeric values). */
export const pyFloat = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));

/** python3's four normal forms of every code point under `db`, one line each. */
export function pythonForms(db: string): string {
  return python(
    `import sys, unicodedata\nu = ${db}\nw = []\nfor c in range(0x110000):\n` +
    "    w.append(','.join(' '.join('%x' % ord(x) for x in u.normalize(f, chr(c))) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')))\n" +
    "sys.stdout.write('\\n'.join(w))\n",
  );
}

/** The four forms of 4000 random strings of `pool`'s code points under python3's `db`, against
 *  ours(cps) (the forms joined as pythonForms' lines): [strings compared, the first 20 differences]. */
export function randomFormsDiff(db: string, seed: number, pool: readonly number[], ours: (cps: number[]) => string): [number, string[]] {
  const out = python(
    `import random, unicodedata\nu = ${db}\nrandom.seed(${seed})\npool = [${pool.join(', ')}]\n` +
    "for _ in range(4000):\n    s = ''.join(chr(random.choice(pool)) for _ in range(random.randint(1, 8)))\n" +
    "    print(' '.join('%x' % ord(x) for x in s) + ';' + ','.join(' '.join('%x' % ord(x) for x in u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')))\n",
  ).trim();
  const lines = out.split('\n');
  const diff: string[] = [];
  for (const line of lines) {
    const [input, theirs] = line.split(';');
    const mine = ours(input.split(' ').map((h) => parseInt(h, 16)));
    if (mine !== theirs && diff.length < 20) diff.push(`${input}: ours ${mine} | CPython ${theirs}`);
  }
  return [lines.length, diff];
}
