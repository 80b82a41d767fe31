// The golden programs in the VM's other modes (issue 6): every program under --workers 2, the
// threaded areas (threading, signals) also under --workers 4 and --single-threaded. Each must
// print exactly what CPython printed (the same .exp/.err as spec/golden.test.ts). A failure of
// one mode alone goes in KNOWN_FAILURES.<mode> (workers, workers4, single) beside KNOWN_FAILURES,
// with the reason; such a case that starts passing fails until its line is removed. A reason
// that starts with "(flaky)" marks a case that fails only on some runs: it is skipped.
import { goldenSuite, knownFailures } from './helpers/golden';

const THREADED = new Set(['threading', 'signals', 'weakref', 'finalizers']);
const MODES: { mode: string; args: string[]; areas: (area: string) => boolean }[] = [
  { mode: 'workers', args: ['--workers', '2'], areas: () => true },
  { mode: 'workers4', args: ['--workers', '4'], areas: (a) => THREADED.has(a) },
  { mode: 'single', args: ['--single-threaded'], areas: (a) => THREADED.has(a) },
];

for (const { mode, args, areas } of MODES) goldenSuite(args, knownFailures(mode), `KNOWN_FAILURES.${mode}`, areas);
