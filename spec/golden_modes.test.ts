// The golden programs in the VM's other modes (issue 6): every program under --workers 2, the
// threaded areas (threading, signals) also under --workers 4 and --single-threaded. Each must
// print exactly what CPython printed (the same .exp/.err as spec/golden.test.ts). A failure of
// one mode alone goes in KNOWN_FAILURES.<mode> (workers, workers4, single) beside KNOWN_FAILURES,
// with the reason; such a case that starts passing fails until its line is removed. A reason
// that starts with "(flaky)" marks a case that fails only on some runs: it is skipped.
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { knownFailures, listCases, mismatch, runCase } from './helpers/golden';

const THREADED = new Set(['threading', 'signals']);
const MODES: { mode: string; args: string[]; areas: (area: string) => boolean }[] = [
  { mode: 'workers', args: ['--workers', '2'], areas: () => true },
  { mode: 'workers4', args: ['--workers', '4'], areas: (a) => THREADED.has(a) },
  { mode: 'single', args: ['--single-threaded'], areas: (a) => THREADED.has(a) },
];

const cases = listCases();

for (const { mode, args, areas } of MODES) {
  const known = knownFailures(mode);
  for (const area of [...new Set(cases.map((c) => c.area))].filter(areas)) {
    describe.concurrent(`spec/programs/${area} ${args.join(' ')}`, () => {
      for (const { file } of cases.filter((c) => c.area === area)) {
        const name = `${area}/${path.basename(file)}`;
        const why = known.get(name);
        // a reason starting with "(flaky)": fails only when the scheduler puts it on a pool worker;
        // skipped (and listed as skipped) rather than asserted either way
        const flaky = why?.startsWith('(flaky)') ?? false;
        (flaky ? it.skip : it)(`${path.basename(file)} prints what CPython prints${why ? ` (known failure${flaky ? ', flaky' : ''})` : ''}`, async () => {
          const problem = mismatch(file, await runCase(file, args));
          if (why !== undefined) {
            expect(problem, `${name} now passes with ${args.join(' ')}: remove it from KNOWN_FAILURES.${mode}`).not.toBeNull();
          } else expect(problem).toBeNull();
        }, 90_000);
      }
    });
  }
}
