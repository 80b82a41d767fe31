// lib/stringprep.py (RFC 3454's tables over Unicode 3.2) against CPython 3.11's stringprep for
// every code point of planes 0-2 and 14-16 (planes 3-13 hold nothing in Unicode 3.2 but their
// noncharacters, which the golden lib/stringprep_tables.py samples): spec/tools/stringprep_dump.py
// prints where each in_table_* function's answer changes and every B.2/B.3 mapping that changes a
// character; pystm runs the two ranges at once.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { PYSTM, ROOT, hasPython311, runPython } from '../helpers/run';

const run = promisify(execFile);
const DUMP = path.join(ROOT, 'spec', 'tools', 'stringprep_dump.py');
const HALVES: [string, string][] = [['0', '30000'], ['e0000', '110000']];

describe.skipIf(!hasPython311())('stringprep equals CPython 3.11 (RFC 3454)', () => {
  it('every table and mapping over planes 0-2 and 14-16', async () => {
    const ours = await Promise.all(HALVES.map(([lo, hi]) => run(PYSTM, [DUMP, lo, hi], { maxBuffer: 1 << 26, timeout: 280_000 })));
    HALVES.forEach(([lo, hi], i) => {
      const theirs = runPython([DUMP, lo, hi]);
      expect(ours[i].stderr).toBe('');
      expect(ours[i].stdout).toBe(theirs.stdout);
    });
  }, 300_000);
});
