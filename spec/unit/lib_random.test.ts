// lib/random.py against CPython's own `random`: spec/lib_checks/random_check.py prints the
// results of every API after seeding; its output with CPython's module and with ours (run by
// CPython in isolated mode with lib/ first on sys.path, on CPython's C `_random`) must be equal
// byte for byte. The same script will later run under pystm. Skipped without python3 3.11.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, hasPython311, runPython } from '../helpers/run';

const CHECK = path.join(ROOT, 'spec', 'lib_checks', 'random_check.py');
const LIB = path.join(ROOT, 'lib');

const havePython = hasPython311();
if (!havePython) console.warn('lib_random.test: python3 3.11 not found; comparisons skipped');

/** Runs the check script with lib/ at sys.path[0]; the first output line is random.__file__. */
const WITH_OUR_LIB = `
import sys
sys.path.insert(0, sys.argv[1])
import random
print(random.__file__)
sys.argv = [sys.argv[2]]
with open(sys.argv[0]) as f:
    source = f.read()
exec(compile(source, sys.argv[0], 'exec'), {'__name__': '__main__'})
`;

describe.skipIf(!havePython)('lib/random.py matches CPython random', () => {
  it('random_check.py prints the same with CPython random and with lib/random.py', () => {
    const theirs = runPython([CHECK]);
    expect(theirs.status, theirs.stderr).toBe(0);
    const ours = runPython(['-B', '-I', '-S', '-c', WITH_OUR_LIB, LIB, CHECK]);
    expect(ours.status, ours.stderr).toBe(0);
    const newline = ours.stdout.indexOf('\n');
    expect(ours.stdout.slice(0, newline)).toBe(path.join(LIB, 'random.py'));
    const ourLines = ours.stdout.slice(newline + 1).split('\n');
    const theirLines = theirs.stdout.split('\n');
    expect(theirLines.length).toBeGreaterThan(500);
    for (let i = 0; i < theirLines.length; i++) {
      if (ourLines[i] !== theirLines[i]) expect(ourLines[i]).toBe(theirLines[i]); // first difference
    }
    expect(ourLines.length).toBe(theirLines.length);
  });

  it('lib/random.py also works without _sha512 and hashlib (bytes go to _random.seed)', () => {
    // CPython's C seed would hash the bytes, so here we only check that the fallback path runs
    // and that str and bytes seeds stay consistent with each other.
    const script = `
import sys
sys.modules['_sha512'] = None
sys.modules['hashlib'] = None
sys.path.insert(0, sys.argv[1])
import random
random.seed(b'abc'); a = random.random()
assert random._sha512 is None, random._sha512  # (looked up at the first str/bytes seed)
random.seed('abc'); b = random.random()
print(a == b)
`;
    const r = runPython(['-B', '-I', '-S', '-c', script, LIB]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('True');
  });
});
