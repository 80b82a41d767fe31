// pystm's own lib/unittest, run under bin/pystm on a small self-made test module: the
// PYSTM-RESULT summary must count each test under its outcome (including an intentionally
// failing, an erroring, a skipped, an expected-failure and a subTest-failing test), the report
// must carry CPython's wording ("1 != 2", "Lists differ", "X not raised", "Ran N tests",
// "FAILED (failures=..., errors=..., ...)"), and an all-passing module must print OK and exit 0.
import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const MIXED = `import unittest
import warnings

log = []

class Mixed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.base = 40

    def setUp(self):
        self.value = 2

    def tearDown(self):
        log.append(self._testMethodName)

    def test_pass_equal(self):
        self.assertEqual(self.base + self.value, 42)
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})

    def test_pass_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaisesRegex(ValueError, r'bad v.lue \\d+'):
            raise ValueError('bad value 42')

    def test_pass_warns(self):
        with self.assertWarns(DeprecationWarning):
            warnings.warn('old', DeprecationWarning)

    def test_fail_equal(self):
        self.assertEqual(1, 2)

    def test_fail_list(self):
        self.assertEqual([1, 2], [1, 3])

    def test_fail_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError('must not run')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

if __name__ == '__main__':
    unittest.main(summary=True)
`;

const PASSING = `import unittest

class AllGood(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertGreater(2, 1)

if __name__ == '__main__':
    unittest.main(summary=True)
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-unittest-'));
  fs.writeFileSync(path.join(dir, 'mixed_tests.py'), MIXED);
  fs.writeFileSync(path.join(dir, 'passing_tests.py'), PASSING);
});

function summaryOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((l) => l.startsWith('PYSTM-RESULT '));
  expect(line, stderr).toBeDefined();
  return JSON.parse(line!.slice('PYSTM-RESULT '.length));
}

describe('lib/unittest under pystm', () => {
  it('counts passes, failures, errors and skips of a mixed module', () => {
    const r = runPystm([path.join(dir, 'mixed_tests.py')], { timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    const s = summaryOf(r.stderr);
    expect(s.run).toBe(10);
    // passing: equal, raises, warns, and the expected failure
    expect(s.passed).toBe(4);
    // failing: fail_equal, fail_list, fail_not_raised, subtests (i=2)
    expect(s.failed).toBe(4);
    expect(s.errors).toBe(1);
    expect(s.skipped).toBe(1);
    expect(s.expected_failures).toBe(1);
    expect(r.stderr).toContain('AssertionError: 1 != 2');
    expect(r.stderr).toContain('AssertionError: Lists differ: [1, 2] != [1, 3]');
    expect(r.stderr).toContain('AssertionError: ValueError not raised');
    expect(r.stderr).toContain("KeyError: 'missing'");
    expect(r.stderr).toContain('FAIL: test_subtests (__main__.Mixed.test_subtests) (i=2)');
    expect(r.stderr).toContain('ERROR: test_error (__main__.Mixed.test_error)');
    expect(r.stderr).toMatch(/Ran 10 tests in \d+\.\d{3}s/);
    expect(r.stderr).toContain('FAILED (failures=4, errors=1, skipped=1, expected failures=1)');
  });

  it('prints OK and exits 0 when every test passes', () => {
    const r = runPystm([path.join(dir, 'passing_tests.py')], { timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const s = summaryOf(r.stderr);
    expect(s).toMatchObject({ run: 2, passed: 2, failed: 0, errors: 0, skipped: 0 });
    expect(r.stderr).toContain('\nOK\n');
  });
});
