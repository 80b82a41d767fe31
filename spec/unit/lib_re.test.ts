// lib/re (on the native _pystm_re, vm/modules/re_native.ts) against CPython's own re:
// spec/lib_checks/re_check.py prints ~300 results (matches, errors with positions, Match and
// Pattern objects, sub/split/findall rules, bytes, astral text); its output under python3 and
// under bin/pystm must be identical byte for byte. A second test checks that the constructs
// pystm cannot run with CPython's meaning raise re.error naming the construct (never a silent
// mis-match). Skipped (with a message) when python3 3.11 is absent; the second test runs always.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasPython311, runPython, runPystm } from '../helpers/run';

const CHECK = path.join(ROOT, 'spec', 'lib_checks', 're_check.py');
const havePython = hasPython311();
if (!havePython) console.warn('lib_re.test: python3 3.11 not found; comparison with CPython skipped');

describe.skipIf(!havePython)('lib/re matches CPython re', () => {
  it('re_check.py prints the same under CPython and under pystm', () => {
    const theirs = runPython([CHECK]);
    expect(theirs.status, theirs.stderr).toBe(0);
    const ours = runPystm([CHECK], { timeout: 120_000 });
    expect(ours.stderr).toBe('');
    expect(ours.status).toBe(0);
    const ourLines = ours.stdout.split('\n');
    const theirLines = theirs.stdout.split('\n');
    expect(theirLines.length).toBeGreaterThan(250);
    for (let i = 0; i < theirLines.length; i++) {
      if (ourLines[i] !== theirLines[i]) expect(ourLines[i]).toBe(theirLines[i]); // first difference
    }
    expect(ourLines.length).toBe(theirLines.length);
  });
});

// the constructs JS RegExp cannot run with CPython's meaning: they run on the backtracking matcher
// (vm/modules/re_backtrack_*.ts) and must match as under CPython
const BACKTRACKED: [string, string][] = [
  ['(?:(?(1)a|b)(c))+', 'bcac'],
  ['(?:(a)|b)+', 'ab'],
  ['((a)|b)*', 'ab'],
  ['(a*)*', 'b'],
  ['(|a)+', 'a'],
  ['(a)?\\1', 'b'],
  ['(a)|\\1', 'b'],
  ['(?<=(?>a))b', 'ab'],
  ['(?<=a{2}+)b', 'aab'],
  ['(?:(a)|b)(?(1)c|d)', ''],
];

describe.skipIf(!havePython)('lib/re runs what JavaScript cannot with CPython meaning', () => {
  it('matches each construct as CPython does', () => {
    const script = [
      'import re',
      `cases = ${JSON.stringify(BACKTRACKED)}`,
      'for p, s in cases:',
      '    m = re.search(p, s)',
      '    print(p, m and m.regs, m and m.lastindex, re.findall(p, s), re.sub(p, "<\\g<0>>", s))',
      "m = re.match(rb'(a)\\1', b'aA', re.I)",
      'print(m.regs)',
    ].join('\n');
    const theirs = runPython(['-c', script]);
    expect(theirs.status, theirs.stderr).toBe(0);
    const r = runPystm(['-c', script]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(theirs.stdout);
  });

  it('supported relatives of those constructs still compile and match', () => {
    const script = [
      'import re',
      "print(re.match(r'(?>a+)b', 'aab').span(), re.match(r'a++b', 'aab').span(), re.match(r'a++a', 'aa'))",
      "print(re.match(r'(?:a|b)+', 'ab').span(), re.match(r'(a|b)+', 'ab').groups(), re.match(r'(a)\\1', 'aa').span())",
      "print(re.match(r'(a)(?:\\1|b)', 'ab').span(), re.match(r'(?i)(a)\\1', 'aA').span())",
    ].join('\n');
    const r = runPystm(['-c', script]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('(0, 3) (0, 3) None\n(0, 2) (\'b\',) (0, 2)\n(0, 2) (0, 2)\n');
  });
});
