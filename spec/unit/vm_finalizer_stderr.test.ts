// What `__del__` failures print on stderr (stdout is what the golden programs compare): an
// exception in `__del__` is "Exception ignored in: <function C.__del__ at 0x...>" and a CPython
// traceback, then the program goes on; a failing sys.unraisablehook is reported instead; a
// non-callable `__del__` or one that raises SystemExit does not end the program; no JS stack.
import { describe, expect, it } from 'vitest';
import { runPystm } from '../helpers/run';

const PROGRAM = `
import gc, sys
class Bad:
    def __del__(self):
        raise ValueError("broken")
b = Bad()
del b
gc.collect()
print("after bad")
class Exit:
    def __del__(self):
        raise SystemExit(3)
e = Exit()
del e
gc.collect()
print("after exit")
class NotCallable:
    __del__ = 5
n = NotCallable()
del n
gc.collect()
sys.unraisablehook = 42
b = Bad()
del b
gc.collect()
print("end")
`;

describe('__del__ errors on stderr', () => {
  const r = runPystm(['-c', PROGRAM]);
  it('the program goes on and exits 0', () => {
    expect(r.stdout).toBe('after bad\nafter exit\nend\n');
    expect(r.status).toBe(0);
  });
  it("prints CPython's unraisable report with the traceback", () => {
    expect(r.stderr).toMatch(/^Exception ignored in: <function Bad\.__del__ at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n {2}File "<string>", line 5, in __del__\nValueError: broken\n/); // (-c: no source line, as CPython)
    expect(r.stderr).toMatch(/Exception ignored in: <function Exit\.__del__ at 0x[0-9a-f]+>\n(.*\n)*SystemExit: 3\n/);
    expect(r.stderr).toContain("Exception ignored in: 5\n");
    expect(r.stderr).toContain("TypeError: 'int' object is not callable\n");
  });
  it('a failing sys.unraisablehook is reported instead of the exception', () => {
    expect(r.stderr).toMatch(/Exception ignored in sys\.unraisablehook: 42\n(.*\n)*TypeError: 'int' object is not callable\n$/);
    expect(r.stderr.match(/ValueError: broken/g)?.length).toBe(1);
  });
  it('no JavaScript stack trace', () => {
    expect(r.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
  });
});
