// int_core.ts intFromHalves: a signed 64-bit value given as int32 halves (hash() results, h26-hash)
// becomes the int every other path makes for it: tagged below 2^30, medium below 2^53, big (two
// limbs, sign in the count) beyond, at each boundary and for both signs; checked against the
// BigInt path (intFromBigInt) and by reading the value back.
import { describe, expect, it } from 'vitest';
import { attachHeap, createHeap } from '../../stmgc/index';
import { mem } from '../../stmgc/heap';
import { I_COUNT, intFromBigInt, intFromHalves, toBigInt } from '../../vm/objects/int_core';

const halves = (v: bigint): [number, number] => {
  const u = BigInt.asUintN(64, v);
  return [Number(u >> 32n) | 0, Number(u & 0xffffffffn) | 0];
};
const form = (r: number): string => ((r & 1) === 1 ? 'tagged' : mem[r + I_COUNT] === 0 ? 'medium' : `big${mem[r + I_COUNT]}`);

describe('intFromHalves', () => {
  it('gives the value and the form intFromBigInt gives', () => {
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 1 }), 0);
    const edges = [0n, 1n, -1n, -2n, 2n ** 30n - 1n, 2n ** 30n, -(2n ** 30n), -(2n ** 30n) - 1n, 2n ** 31n - 1n, 2n ** 31n,
      -(2n ** 31n), -(2n ** 31n) - 1n, 2n ** 32n - 1n, 2n ** 32n, -(2n ** 32n), 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n) + 1n,
      -(2n ** 53n), -(2n ** 53n) - 1n, 2n ** 63n - 1n, -(2n ** 63n), -(2n ** 63n) + 1n, 0x123456789abcdefn, -0x123456789abcdefn,
      0x7fffffff00000000n, -0x7fffffff00000001n, 5694439087064056704n, -6332908173050115524n];
    let x = 0x9e3779b97f4a7c15n;
    for (let i = 0; i < 200; i++) {
      x = BigInt.asIntN(64, x * 6364136223846793005n + 1442695040888963407n);
      edges.push(x, x >> BigInt(i % 64));
    }
    for (const v of edges) {
      const [hi, lo] = halves(v);
      const r = intFromHalves(hi, lo);
      expect(toBigInt(r), String(v)).toBe(v);
      expect(form(r), String(v)).toBe(form(intFromBigInt(v)));
    }
  });
});
