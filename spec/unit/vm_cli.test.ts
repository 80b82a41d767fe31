// Running programs from the command line: -c, stdin, FILE with arguments (sys.argv), exit
// statuses of SystemExit forms, --trace output, and internal failures never showing a JS stack.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { PYSTM, ROOT, runPystm } from '../helpers/run';

describe('running programs', () => {
  it('-c runs a string with sys.argv[0] == "-c"', () => {
    const r = runPystm(['-c', 'import sys; print(sys.argv, 6 * 7)', 'a', 'b']);
    expect(r.stdout).toBe("['-c', 'a', 'b'] 42\n");
    expect(r.status).toBe(0);
  });
  it('- reads the program from stdin', () => {
    const r = runPystm(['-'], { input: 'print("from stdin")\n' });
    expect(r.stdout).toBe('from stdin\n');
  });
  it('SystemExit forms give CPython exit statuses', () => {
    expect(runPystm(['-c', 'import sys; sys.exit(3)']).status).toBe(3);
    expect(runPystm(['-c', 'raise SystemExit']).status).toBe(0);
    const r = runPystm(['-c', 'import sys; sys.exit("bye")']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('bye\n');
  });
  it('an uncaught exception prints a traceback and exits 1', () => {
    const r = runPystm(['-c', 'def f():\n    return 1 / 0\nf()']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\n  File "<string>", line 2, in f\n' +
      'ZeroDivisionError: division by zero\n',
    );
  });
  it('--trace prints each executed instruction through the disassembler format', () => {
    const r = runPystm(['--trace', '-c', 'x = 2\nprint(x * 21)']);
    expect(r.stdout).toBe('42\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('[w0] <module>:0000 RESUME                   0');
    expect(lines).toContain('[w0] <module>:0001 LOAD_CONST               0 (2)');
    expect(lines).toContain('[w0] <module>:0002 STORE_NAME               0 (x)');
    expect(lines.some((l) => /BINARY_OP\s+5 \(\*\)$/.test(l))).toBe(true);
  });
  it('output is flushed before an error message and nothing is lost at exit', () => {
    const r = runPystm(['-c', 'for i in range(3000): print(i)\nraise ValueError("x")']);
    expect(r.stdout.split('\n').length).toBe(3001);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('ValueError: x');
  });
});

describe("CPython's single-letter switches", () => {
  // a program killed while it spins: what it printed is out only when stdout is unbuffered
  const printThenSpin = (flags: string[], env: NodeJS.ProcessEnv): string => {
    const r = spawnSync(PYSTM, [...flags, '-c', "print('written')\nwhile True: pass"], {
      cwd: ROOT, env, encoding: 'utf8', timeout: 8000, killSignal: 'SIGKILL',
    });
    return r.stdout;
  };
  const quietEnv = { ...process.env };
  delete quietEnv.PYTHONUNBUFFERED;
  it('-u (or PYTHONUNBUFFERED) writes stdout at once; without them a killed program loses its buffer', () => {
    expect(printThenSpin([], quietEnv)).toBe('');
    expect(printThenSpin(['-u'], quietEnv)).toBe('written\n');
    expect(printThenSpin([], { ...quietEnv, PYTHONUNBUFFERED: '1' })).toBe('written\n');
  });
  it('combined switches (-uB) and the accepted no-ops (-q -s -S) still run the program', () => {
    const r = runPystm(['-uB', '-q', '-s', '-S', '-c', 'import os, sys; print(sys.argv, os.environ.get("PYTHONDONTWRITEBYTECODE"))', 'x']);
    expect(r.stdout).toBe("['-c', 'x'] 1\n");
    expect(r.status).toBe(0);
  });
  it('-O and -OO (or PYTHONOPTIMIZE) drop asserts and __debug__, then docstrings, in the program, imports, exec and workers', () => {
    // textwrap is imported from lib/ (through the code cache, whose -O entries are their own)
    const prog = [
      'import sys, textwrap, threading',
      'def f():',
      '    "doc"',
      '    assert False',
      '    return __debug__',
      'out = []',
      't = threading.Thread(target=lambda: out.append(eval("__debug__")))',
      't.start(); t.join()',
      'print(sys.flags.optimize, f(), f.__doc__, textwrap.dedent.__doc__ is None, out)',
      'exec("assert 0")',
    ].join('\n');
    const plain = runPystm(['-c', prog]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('AssertionError');
    const o1 = runPystm(['-O', '-c', prog]);
    expect(o1.stderr).toBe('');
    expect(o1.stdout).toBe('1 False doc False [False]\n');
    const o2 = runPystm(['-OO', '--workers', '2', '-c', prog]);
    expect(o2.stdout).toBe('2 False None True [False]\n');
    expect(runPystm(['-c', prog], { env: { PYTHONOPTIMIZE: '1' } }).stdout).toBe('1 False doc False [False]\n');
    // and the plain run after them still has its docstrings and asserts (no shared cache entry)
    expect(runPystm(['-c', 'import textwrap; print(textwrap.dedent.__doc__ is None)']).stdout).toBe('False\n');
  });
  it('an unknown switch is a usage error with exit status 2', () => {
    const r = runPystm(['-Z', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: pystm');
  });
});
