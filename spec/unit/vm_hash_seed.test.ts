// PYTHONHASHSEED as CPython 3.11 reads it (vm/objects/siphash.ts): unset and 0 are the zero key
// (pystm's default, the goldens' seed, and the start-up snapshot's), 1..4294967295 CPython's LCG
// key, "random" a random key; anything else stops at start with CPython's fatal error. Hash
// values are CPython's (test_hash's known siphash13 values); worker threads use the main
// thread's key, also a random one; a non-zero key boots without the snapshot.
import { describe, expect, it } from 'vitest';
import { runPystm } from '../helpers/run';

const PROBE = "import sys; print(hash('abc'), hash(b'abc'), hash('abcdefghijk'), sys.flags.hash_randomization)";
const run = (seed: string | undefined, code = PROBE, args: string[] = []) => {
  const env: Record<string, string> = { PYSTM_BOOT_REPORT: '1' };
  if (seed !== undefined) env.PYTHONHASHSEED = seed;
  else env.PYTHONHASHSEED = '';
  return runPystm([...args, '-c', code], { env });
};

describe('PYTHONHASHSEED', () => {
  it('unset, empty and 0 give the zero key and boot from the snapshot', () => {
    for (const seed of [undefined, '0']) {
      const r = run(seed);
      expect(r.stdout).toBe('-4594863902769663758 -4594863902769663758 1450545860578130900 0\n');
      expect(r.stderr).toContain('pystm: boot: snapshot');
    }
  });
  it('a seed gives CPython\'s LCG key (test_hash: seed 42) and boots in full', () => {
    const r = run('42');
    expect(r.stdout).toBe('3869580338025362921 3869580338025362921 7764564197781545852 1\n');
    expect(r.stderr).toContain('pystm: boot: full');
    // strtoul: leading blanks and a plus sign are accepted
    expect(run(' 12', "print(hash('abc'))").stdout).toBe('-8299222001689046033\n');
    expect(run('+5', "print(hash('abc'))").stdout).toBe('1824667261547333466\n');
  });
  it('random differs run to run; set orders of strs follow', () => {
    const a = run('random');
    const b = run('random');
    expect(a.stdout.split(' ')[3]).toBe('1\n');
    expect(a.stdout).not.toBe(b.stdout);
  });
  it('a value CPython refuses stops at start', () => {
    for (const seed of ['abc', '-1', '4294967296', '1.5']) {
      const r = run(seed, 'print(1)');
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\n');
    }
  });
  it('worker threads hash with the main thread\'s key (a random one too)', () => {
    const code = [
      'import threading',
      "d = {'k%d' % i: i for i in range(300)}",
      'out = []',
      "def f(): out.append((hash('abc'), hash(b'xyz'), sum(d['k%d' % i] for i in range(300)), {'n%d' % i: i for i in range(50)}['n7']))",
      'ts = [threading.Thread(target=f) for _ in range(3)]',
      '[t.start() for t in ts]; [t.join() for t in ts]',
      "print(set(out) == {(hash('abc'), hash(b'xyz'), 44850, 7)})",
    ].join('\n');
    for (const seed of ['random', '7']) expect(run(seed, code, ['--workers', '2']).stdout).toBe('True\n');
  });
});
