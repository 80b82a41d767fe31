// A jump from the 'return' event of a yield, resumed: CPython 3.11 allows the jump and resumes
// the generator at the target with the sent value left on its stack (it crashes at exit on this
// very program), so no golden can hold the expected output; pystm pops the sent value with the
// rest of the stack the target does not have (interp/py_trace.ts yieldJumps). The unresumed
// cases are the golden tracing/jump_from_yield.py.
import { describe, expect, it } from 'vitest';
import { runPystm } from '../helpers/run';

const PROGRAM = `
import sys
out = []
done = []

def gen():
    out.append(2)
    x = yield 3
    out.append(('after', x))
    for i in range(2):
        y = (yield i) * 10
        out.append(y)

def tracer(frame, event, arg):
    if frame.f_code is gen.__code__ and event == 'return' and not done:
        frame.f_lineno = gen.__code__.co_firstlineno + 1
        done.append(frame.f_lineno - gen.__code__.co_firstlineno)
    return tracer

sys.settrace(tracer)
g = gen()
a = next(g)
b = g.send('s1')
c = g.send('s2')
d = g.send(4)
sys.settrace(None)
try:
    g.send(5)
except StopIteration:
    pass
print(a, b, c, d, out, done)
`;

describe("a jump from a yield's return event", () => {
  it('resumes the generator at the target, the sent value dropped', () => {
    const r = runPystm(['-c', PROGRAM]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("3 3 0 1 [2, 2, ('after', 's2'), 40, 50] [1]\n");
  });
});
