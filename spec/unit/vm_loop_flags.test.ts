// run()'s boolean flags inside its dispatch loop (vm/interp/loop.ts; vm/NOTES.md "h20-disp"). In
// the on-stack-replacement code of a driver loop every local defined before the loop enters
// untyped, so a test of a flag is a full ToBoolean; TurboFan merges the equal ToBooleans of one
// local and schedules the merged one where all their uses meet, the dispatch block (at every
// instruction: deltablue's dispatch ran two of them, ~34 instructions). Hence one test per
// local inside the loop, and the module flag `safePointRequested` compared with `true` (a
// pointer compare) rather than tested. A second use of a flag local fails here: give it its own
// local (computed, not copied) as the others.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** The text of run()'s dispatch loop: from `for (;;) {` after run()'s head to the function's end. */
function loopBody(): string {
  const src = fs.readFileSync(path.join(root, 'vm', 'interp', 'loop.ts'), 'utf8');
  const start = src.indexOf('export function run(');
  const loop = src.indexOf('\n  for (;;) {\n', start);
  const end = src.indexOf('\n}\n', loop);
  expect(start).toBeGreaterThan(0);
  expect(loop).toBeGreaterThan(start);
  expect(end).toBeGreaterThan(loop);
  // (comments dropped: they may name the flags)
  return src.slice(loop, end).replace(/\/\/.*$/gm, '');
}

const FLAGS = ['isOuter', 'isOuterAtResume', 'isOuterAtPopExcept', 'driver', 'driverAtReturn'];

describe('run() dispatch loop flags', () => {
  it('tests each flag local at one place only', () => {
    const body = loopBody();
    for (const name of FLAGS) {
      const uses = [...body.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].length;
      expect({ name, uses }).toEqual({ name, uses: 1 });
    }
  });

  it('compares safePointRequested with true instead of testing it', () => {
    const body = loopBody();
    const all = [...body.matchAll(/\bsafePointRequested\b(\s*[!=]==\s*true)?/g)];
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.filter((m) => m[1] === undefined).map((m) => m[0])).toEqual([]);
  });
});
