// The golden-program corpus: every spec/programs/<area>/<case>.py runs under bin/pystm and must
// print exactly CPython 3.11's stdout (<case>.exp); when CPython exited non-zero, <case>.err
// holds "exit N" and the last line of stderr, and pystm must match both. Each program's AST
// must also equal CPython's (when python3 is present). Programs listed in
// spec/programs/KNOWN_FAILURES are expected to fail (each line says why); such a program that
// starts passing fails the suite until it is removed from the list, so the list stays true.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareAsts } from './helpers/ast_compare';
import { hasPython311 } from './helpers/run';
import { goldenSuite, knownFailures, listCases } from './helpers/golden';

const cases = listCases();
const known = knownFailures();

describe('golden corpus', () => {
  it('has programs, each with CPython-generated expected output', () => {
    expect(cases.length).toBeGreaterThan(20);
    const missing = cases.filter((c) => !fs.existsSync(c.file.replace(/\.py$/, '.exp')));
    expect(missing.map((c) => c.file)).toEqual([]);
  });
  it('lists only existing programs as known failures', () => {
    const names = new Set(cases.map((c) => `${c.area}/${path.basename(c.file)}`));
    expect([...known.keys()].filter((k) => !names.has(k))).toEqual([]);
  });
  it.skipIf(!hasPython311())('every program parses to exactly CPython\'s AST', () => {
    const r = compareAsts(cases.map((c) => c.file));
    expect(r.compared).toBe(cases.length);
    expect(r.mismatches).toEqual([]);
  });
});

goldenSuite([], known, 'spec/programs/KNOWN_FAILURES');

// The other modes (--workers 2/4, --single-threaded) are spec/golden_modes.test.ts.
