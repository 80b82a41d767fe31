// The native array module (vm/objects/array*.ts, vm/modules/array_module.ts): items are raw
// machine bytes in the heap (checked against CPython's bytes for every typecode), memoryviews
// write through and count as exports (a resize under one is a BufferError until the view is
// released, its with block ends, or a collection finds it dead: there is no refcount to end it
// sooner), and a shared array keeps whole items and every append under threads with forced
// aborts and short slices (spec/stress/shared_array.py).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const hasPython = spawnSync('python3', ['--version']).status === 0;

const LAYOUT = `
from array import array
vals = {'b': [-128, 127, 0], 'B': [0, 255, 7], 'u': 'a\\u00e9\\U0001f600', 'h': [-32768, 32767], 'H': [0, 65535],
        'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1],
        'q': [-2**63, 2**63 - 1, -5], 'Q': [0, 2**64 - 1], 'f': [1.5, -0.0, float('inf')], 'd': [0.1, -1e300]}
for tc, v in vals.items():
    a = array(tc, v)
    b = a.tobytes()
    print(tc, a.itemsize, b.hex(), array(tc, b) == a, a.tolist() if tc != 'u' else a.tounicode())
    c = array(tc, b)
    c.byteswap()
    print(c.tobytes().hex())
`;

describe('array items are machine bytes', () => {
  it.skipIf(!hasPython)('tobytes, frombytes and byteswap give CPython\'s bytes for every typecode', () => {
    const mine = runPystm(['-c', LAYOUT]);
    const theirs = spawnSync('python3', ['-c', LAYOUT], { encoding: 'utf8' });
    expect(mine.stderr).toBe('');
    expect(mine.stdout).toBe(theirs.stdout);
  });
});

describe('exports of arrays and bytearrays', () => {
  it('last until release, the with block, or the collection that finds the view dead', () => {
    const prog = `
import gc
from array import array
def tryit(f):
    try:
        f()
        return 'ok'
    except BufferError as e:
        return str(e)
a = array('i', [1, 2])
m = memoryview(a)
s = m[1:]
print(tryit(lambda: a.append(3)))
m.release()
print(tryit(lambda: a.append(3)))
s.release()
print(tryit(lambda: a.append(3)), len(a))
with memoryview(a) as v:
    print(tryit(lambda: a.pop()))
print(tryit(lambda: a.pop()), len(a))
memoryview(a)[0] = 9
print(tryit(lambda: a.append(4)))
gc.collect()
print(tryit(lambda: a.append(4)), a)
ba = bytearray(b'ab')
v = memoryview(ba)
w = v.cast('c')
print(tryit(lambda: ba.append(1)))
w.release()
v.release()
print(tryit(lambda: ba.append(1)), ba)
`;
    const r = runPystm(['-c', prog]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe([
      'cannot resize an array that is exporting buffers',
      'cannot resize an array that is exporting buffers',
      'ok 3',
      'cannot resize an array that is exporting buffers',
      'ok 2',
      'cannot resize an array that is exporting buffers',
      "ok array('i', [9, 2, 4])",
      'Existing exports of data: object cannot be re-sized',
      "ok bytearray(b'ab\\x01')",
      '',
    ].join('\n'));
  });
});

describe('a shared array under threads', () => {
  it('keeps every append and whole 8-byte items with forced aborts and 50-tick slices at --workers 4', () => {
    const prog = path.join(__dirname, '..', 'stress', 'shared_array.py');
    const r = runPystm(['--workers', '4', prog, '20'], { timeout: 110_000, env: { PYSTM_SWITCH_TICKS: '50', PYSTM_STM_ABORT_EVERY: '5' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('shared_array: bad 0\n');
    expect(r.status).toBe(0);
  }, 120_000);
});
