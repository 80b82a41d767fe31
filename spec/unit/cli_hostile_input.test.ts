// Hostile input at run time: limits of ints, recursion, memory and the standard streams. Each
// case must end with the Python exception CPython 3.11 raises for it (its last stderr line, as
// CPython prints it) and CPython's exit status: never a JavaScript stack trace or a "pystm:
// internal error". Where CPython itself cannot finish (10**10**10 computes for hours, a
// recursion limit of 10**6 over a native recursion crashes it) pystm's clean error is checked.
import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311, runPystm, runPython } from '../helpers/run';

function lastLine(stderr: string): string {
  const lines = stderr.replace(/\n+$/, '').split('\n');
  return lines[lines.length - 1];
}

function expectClean(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  expect(stderr).not.toMatch(/internal error|node:internal|RangeError|Maximum call stack/);
}

const LIMIT = 'Exceeds the limit (4300 digits) for integer string conversion';
const CASES: [name: string, code: string, status: number, last: string][] = [
  ['int() of 100,000 digits', "int('9' * 100000)", 1, `ValueError: ${LIMIT}: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit`],
  ['str() of a 5001-digit int', 'str(10 ** 5000)', 1, `ValueError: ${LIMIT}; use sys.set_int_max_str_digits() to increase the limit`],
  ['10**10**10', 'x = 10 ** 10 ** 10', 1, 'MemoryError'],
  ['a list of 10**12 items', '[0] * 10 ** 12', 1, 'MemoryError'],
  ['a str of 10**12 chars', "'a' * 10 ** 12", 1, 'MemoryError'],
  ['bytearray(10**12)', 'bytearray(10 ** 12)', 1, 'MemoryError'],
  ['bytes(10**12)', 'bytes(10 ** 12)', 1, 'MemoryError'],
  ['bytes repeated 10**12 times', "b'a' * 10 ** 12", 1, 'MemoryError'],
  ['bytearray repeated 2**40 times', "bytearray(b'x') * 2 ** 40", 1, 'MemoryError'],
  ['to_bytes of 10**12 bytes', "(1).to_bytes(10 ** 12, 'big')", 1, 'MemoryError'],
  ['str.center to 10**12', "'a'.center(10 ** 12)", 1, 'MemoryError'],
  ['str.zfill past ssize_t', "'a'.zfill(10 ** 30)", 1, 'OverflowError: Python int too large to convert to C ssize_t'],
  ['deep recursion with the limit at 10**6', 'import sys\nsys.setrecursionlimit(10 ** 6)\ndef f(n): return f(n + 1)\nf(0)', 1, 'RecursionError: maximum recursion depth exceeded'],
  ['input() after sys.stdin.close()', 'import sys\nsys.stdin.close()\ninput()', 1, 'ValueError: I/O operation on closed file.'],
  ['input() after os.close(0)', 'import os\nos.close(0)\ninput()', 1, 'OSError: [Errno 9] Bad file descriptor'],
  ['input() at end of input', 'input()', 1, 'EOFError: EOF when reading a line'],
  ['a source string with a NUL', "exec('x = 1\\0')", 1, 'SyntaxError: source code string cannot contain null bytes'],
];

describe('hostile input at run time: Python exceptions and CPython exit statuses', () => {
  for (const [name, code, status, last] of CASES) {
    it(name, () => {
      const r = runPystm(['-c', code], { timeout: 120_000 });
      expectClean(r.stderr);
      expect(lastLine(r.stderr)).toBe(last);
      expect(r.status).toBe(status);
    });
  }

  it('a native recursion past a raised limit is a RecursionError, not a JS stack overflow', () => {
    const code = 'import sys\nsys.setrecursionlimit(10 ** 6)\nx = []\nfor _ in range(200000): x = [x]\nrepr(x)';
    const r = runPystm(['-c', code], { timeout: 120_000 });
    expectClean(r.stderr);
    expect(lastLine(r.stderr)).toMatch(/^RecursionError: maximum recursion depth exceeded/);
    expect(r.status).toBe(1);
  });

  it('--heap 16M: a program needing more gets MemoryError', () => {
    const r = runPystm(['--heap', '16M', '-c', 'x = [0] * 10 ** 7'], { timeout: 120_000 });
    expectClean(r.stderr);
    expect(lastLine(r.stderr)).toBe('MemoryError');
    expect(r.status).toBe(1);
  });

  it('--heap 1M is a usage error', () => {
    const r = runPystm(['--heap', '1M', '-c', 'pass']);
    expect(r.stderr.split('\n')[0]).toBe('heap size 1M out of range (16M..8G)');
    expect(r.status).toBe(2);
  });

  it('stdout closed by the program: reported at exit as CPython, status 120', () => {
    const r = runPystm(['-c', "import os\nos.close(1)\nprint('x')"]);
    expect(r.stderr).toBe("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 9] Bad file descriptor\n");
    expect(r.status).toBe(120);
  });
});

describe.skipIf(!hasPython311())('hostile source files print as CPython 3.11', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-hostile-'));
  });
  const FILES: Record<string, Buffer> = {
    'nul_byte.py': Buffer.from('x = 1\ny = "a\0b"\nprint(x)\n'),
    'nul_last_line.py': Buffer.from('x = 1\n\0'),
  };
  for (const [name, content] of Object.entries(FILES)) {
    it(name, () => {
      fs.writeFileSync(path.join(dir, name), content);
      const py = runPython([name], { cwd: dir });
      const us = runPystm([name], { cwd: dir });
      expect(us.stderr).toBe(py.stderr);
      expect(us.status).toBe(py.status);
    });
  }
  it('a decimal literal over the int max str digits limit is a SyntaxError', () => {
    fs.writeFileSync(path.join(dir, 'long_literal.py'), `x = 1\ny = ${'7'.repeat(4301)}\n`);
    const py = runPython(['long_literal.py'], { cwd: dir });
    const us = runPystm(['long_literal.py'], { cwd: dir });
    expectClean(us.stderr);
    expect(lastLine(us.stderr)).toBe(lastLine(py.stderr));
    expect(us.stderr.split('\n')[0]).toBe(py.stderr.split('\n')[0]);
    expect(us.status).toBe(1);
  });
});
