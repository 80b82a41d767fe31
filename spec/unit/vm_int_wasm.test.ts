// The WebAssembly limb kernels (vm/objects/int_wasm.ts) on a heap that is a shared
// WebAssembly.Memory (stmgc/heap_buffer.ts): the heap a thread makes is one (<= 4 GiB), the
// kernels compute the limbs BigInt computes (carries and borrows through every limb, factors up to
// 2^32 - 1), a plain SharedArrayBuffer heap has no kernels (int_limbs.ts keeps its JS loops), and
// the golden of big-big arithmetic prints the same with the JS loops (PYSTM_WASM_HEAP=0) as with
// the kernels: each path checked against CPython's output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachHeap, createHeap, mem, sab } from '../../stmgc/index';
import { heapWasmMemory, newHeapBuffer } from '../../stmgc/heap_buffer';
import { limbKernels } from '../../vm/objects/int_wasm';
import { ROOT, runPystm } from '../helpers/run';

function write(at: number, v: bigint): number {
  let n = 0;
  while (v > 0n) {
    mem[at + n++] = Number(v & 0xffffffffn) | 0;
    v >>= 32n;
  }
  return n;
}
function read(at: number, n: number): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(mem[at + i] >>> 0);
  return v;
}

describe('big-int limb kernels in WebAssembly', () => {
  it('run on a heap made as a shared WebAssembly memory, and compute what BigInt computes', () => {
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 1 }), 0);
    expect(heapWasmMemory(sab)).not.toBeNull();
    const k = limbKernels();
    expect(k).not.toBeNull();
    const A = 1 << 20, B = 2 << 20, D = 3 << 20;
    let seed = 12345;
    const rnd = (): bigint => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return BigInt(seed >>> 0);
    };
    const pattern = (n: number, kind: number): bigint => {
      let v = 0n;
      for (let i = 0; i < n; i++) v = (v << 32n) | (kind === 0 ? 0xffffffffn : kind === 1 ? rnd() : i === 0 ? 1n : 0n);
      return v;
    };
    for (let t = 0; t < 300; t++) {
      const an = 1 + (t % 37), bn = 1 + ((t * 7) % an);
      const a = pattern(an, t % 3) | (1n << BigInt(32 * an - 1));
      const b = pattern(bn, (t >> 1) % 3) | (1n << BigInt(32 * bn - 1));
      expect(write(A, a)).toBe(an);
      expect(write(B, b)).toBe(bn);
      const n = k!.add(A << 2, an, B << 2, bn, D << 2);
      expect(read(D, n)).toBe(a + b);
      expect(n === an + 1).toBe(a + b >= 1n << BigInt(32 * an));
      if (a >= b) { // (the kernel's precondition: |a| >= |b|)
        const m = k!.sub(A << 2, an, B << 2, bn, D << 2);
        expect(m).toBe(an);
        expect(read(D, m)).toBe(a - b);
      }
      for (const f of [0n, 1n, 10n, 0x1fffffn, 0x200000n, 0xffffffffn, rnd()]) {
        const p = k!.mul(A << 2, an, Number(f) | 0, D << 2);
        expect(read(D, p)).toBe(a * f);
      }
    }
  });

  it('are absent on a heap that is a plain SharedArrayBuffer', () => {
    const prev = process.env.PYSTM_WASM_HEAP;
    process.env.PYSTM_WASM_HEAP = '0';
    try {
      attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 1 }), 0);
    } finally {
      if (prev === undefined) delete process.env.PYSTM_WASM_HEAP;
      else process.env.PYSTM_WASM_HEAP = prev;
    }
    expect(heapWasmMemory(sab)).toBeNull();
    expect(limbKernels()).toBeNull();
    // a size that is not whole 64 KiB pages: a plain buffer
    expect(heapWasmMemory(newHeapBuffer(65536 + 4096))).toBeNull();
  });

  it('give the golden the same output as the JS loops (each CPython\'s)', () => {
    const prog = path.join(ROOT, 'spec/programs/int/big_limb_kernels.py');
    const exp = fs.readFileSync(prog.replace(/\.py$/, '.exp'), 'utf8');
    for (const env of [{}, { PYSTM_WASM_HEAP: '0' }] as Record<string, string>[]) {
      const r = runPystm([prog], { env, timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(exp);
    }
  }, 240_000);
});
