// sys.settrace under CPython's own debuggers: pdb (next, step, up/down, return, a breakpoint
// by line, an assignment through f_locals), bdb beneath it, and trace's line counts, run by
// spec/tools/stdlib_debuggers.py with the standard library on PYTHONPATH: pystm must print
// exactly what python3 prints (interp/py_trace.ts).
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { runStdlibToolBothWays } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('pdb, bdb and trace on sys.settrace', () => {
  it('print what CPython prints', () => {
    const { theirs, ours } = runStdlibToolBothWays('stdlib_debuggers.py', ROOT, PYSTM);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('Breakpoint 1 at FILE:14');
  }, 300_000);
});
