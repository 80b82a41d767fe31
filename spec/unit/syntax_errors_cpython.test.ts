// Syntax errors against CPython 3.11: every doctest example of CPython's Lib/test/test_syntax.py
// (about 330 sources, most of them invalid) compiled by python3 and by pystm; the exception
// type, message, and (lineno, offset, end_lineno, end_offset) must be the same line for line,
// except the examples listed in syntax_errors_known.txt (each with the reason it differs). A
// listed example that now matches fails the test too, so the list only shrinks.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311, ROOT, runPystm, runPython } from '../helpers/run';
import { stdlibDir } from '../helpers/stdlib';

const TOOL = path.join(ROOT, 'spec', 'tools', 'syntax_error_examples.py');
const KNOWN = path.join(__dirname, 'syntax_errors_known.txt');

/** The known differences: one source repr per line (as the tool prints it), `#` comments. */
function knownDifferences(): Set<string> {
  const out = new Set<string>();
  for (const line of fs.readFileSync(KNOWN, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    out.add(line);
  }
  return out;
}

describe.skipIf(!hasPython311())('syntax errors as CPython 3.11 (test_syntax.py examples)', () => {
  it('gives the same message and location for every example', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-synx-'));
    const json = path.join(dir, 'examples.json');
    const extracted = runPython([TOOL, 'extract', path.join(stdlibDir(), 'test', 'test_syntax.py'), json]);
    expect(extracted.status, extracted.stderr).toBe(0);
    const theirs = runPython([TOOL, 'compile', json]);
    const ours = runPystm([TOOL, 'compile', json], { timeout: 120_000 });
    expect(ours.stderr).toBe('');
    const a = theirs.stdout.split('\n');
    const b = ours.stdout.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(300);
    const known = knownDifferences();
    const unexpected: string[] = [];
    const nowSame: string[] = [];
    for (let i = 0; i < a.length; i++) {
      const key = a[i].slice(0, a[i].indexOf(' -> '));
      if (a[i] !== b[i] && !known.has(key)) unexpected.push(`CPython: ${a[i]}\npystm:   ${b[i]}`);
      if (a[i] === b[i] && known.has(key)) nowSame.push(key);
    }
    expect(unexpected.join('\n')).toBe('');
    expect(nowSame, 'listed in syntax_errors_known.txt but now the same as CPython').toEqual([]);
  });
});
