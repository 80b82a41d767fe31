// run()'s dispatch switch (vm/interp/loop.ts) must stay one V8 can compile to a jump table:
// Ignition emits SwitchOnSmiNoFeedback only when the case labels are Smi literals and
// max - min + 1 < 3 x the number of case clauses (V8's --switch-table-spread-threshold=3);
// otherwise it is a chain of compares (a binary search of ~6 branches once optimized: the fused
// opcodes at 200-211 did that, 2026-12-05). Also checks that the fused opcodes of
// vm/interp/quicken.ts are numbered apart from every real opcode and each has its case.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPCODES } from '../../vm/opcodes';
import * as Q from '../../vm/interp/quicken';

const root = path.resolve(__dirname, '..', '..');

/** The `case N:` labels of run()'s dispatch switch (from `switch (w & 0xff) {` to the loop's end). */
function dispatchCases(): number[] {
  const src = fs.readFileSync(path.join(root, 'vm', 'interp', 'loop.ts'), 'utf8');
  const start = src.indexOf('export function run(');
  const sw = src.indexOf('switch (w & 0xff) {', start);
  const end = src.indexOf('\n        continue;\n', sw);
  expect(start).toBeGreaterThan(0);
  expect(sw).toBeGreaterThan(start);
  expect(end).toBeGreaterThan(sw);
  const body = src.slice(sw, end);
  return [...body.matchAll(/^\s*case (\d+):/gm)].map((m) => Number(m[1]));
}

describe('run() dispatch switch', () => {
  it('is dense enough for a jump table', () => {
    const cases = dispatchCases();
    expect(cases.length).toBeGreaterThanOrEqual(6);
    const spread = Math.max(...cases) - Math.min(...cases) + 1;
    expect(spread).toBeLessThan(3 * cases.length);
  });

  it('has a case for every fused opcode, none of them a real opcode', () => {
    const real = new Set(Object.values(OPCODES).map((o) => o.code));
    const fused = Object.entries(Q).filter(([k, v]) => k.startsWith('Q_') && typeof v === 'number').map(([, v]) => v as number);
    expect(fused.length).toBeGreaterThanOrEqual(12);
    const cases = new Set(dispatchCases());
    for (const q of fused) {
      expect(real.has(q)).toBe(false);
      expect(q).toBeLessThan(256); // (the opcode is the word's low byte)
      expect(cases.has(q)).toBe(true);
    }
    expect(new Set(fused).size).toBe(fused.length);
  });

  it('takes a rare fused opcode (RQ_) out of line: no case in run(), one in rareOp', () => {
    const real = new Set(Object.values(OPCODES).map((o) => o.code));
    const fused = new Set(Object.entries(Q).filter(([k, v]) => k.startsWith('Q_') && typeof v === 'number').map(([, v]) => v as number));
    const rare = Object.entries(Q).filter(([k, v]) => k.startsWith('RQ_') && typeof v === 'number').map(([, v]) => v as number);
    expect(rare.length).toBeGreaterThanOrEqual(1);
    const cases = new Set(dispatchCases());
    const src = fs.readFileSync(path.join(root, 'vm', 'interp', 'loop.ts'), 'utf8');
    const rareBody = src.slice(src.indexOf('function rareOp('));
    for (const q of rare) {
      expect(real.has(q)).toBe(false);
      expect(fused.has(q)).toBe(false);
      expect(q).toBeLessThan(250); // (250: TRACE_WORD)
      expect(cases.has(q)).toBe(false);
      expect(rareBody).toMatch(new RegExp(`\\n\\s*case ${q}:`));
    }
  });
});
