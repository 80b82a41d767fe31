// Big-int limb loops as WebAssembly, run on the heap's own words: the sum, difference and small
// multiple of magnitudes (32-bit limbs, least significant first; int_core.ts) that int_limbs.ts
// computes for big operands. V8 compiles a JS loop over a typed array with the array's map,
// length and data pointer reloaded and checked at every element (no loop-invariant code
// motion), ~70 machine instructions per limb of an addition; the WebAssembly loop is a dozen,
// with the carry in a 64-bit integer. Only where the heap is a shared WebAssembly.Memory made by
// this thread (stmgc/heap_buffer.ts): elsewhere `limbKernels()` is null and int_limbs.ts keeps
// its JS loops, which compute the same limbs. Arguments are byte addresses in the heap (a word
// index times 4: below 4 GiB, read by WebAssembly as unsigned) and limb counts.
import { sab } from '../../stmgc/heap';
import { heapWasmMemory } from '../../stmgc/heap_buffer';

export interface LimbKernels {
  /** dst = |a| + |b| (an >= bn >= 1; room for an + 1 limbs): the limb count, an or an + 1. */
  add(a: number, an: number, b: number, bn: number, dst: number): number;
  /** dst = |a| - |b| (|a| >= |b|, an >= bn >= 1; room for an limbs): an (leading zeros kept). */
  sub(a: number, an: number, b: number, bn: number, dst: number): number;
  /** dst = |a| * f (an >= 1, f a uint32 passed as int32; room for an + 1): an or an + 1. */
  mul(a: number, an: number, f: number, dst: number): number;
}

let kernels: LimbKernels | null = null;
let kernelsFor: SharedArrayBuffer | null = null;

/** The kernels on the attached heap, or null (no WebAssembly memory behind it). */
export function limbKernels(): LimbKernels | null {
  if (kernelsFor !== sab) instantiate();
  return kernels;
}

function instantiate(): void {
  kernelsFor = sab;
  kernels = null;
  const memory = heapWasmMemory(sab);
  if (memory === null) return;
  try {
    module ??= new WebAssembly.Module(kernelBytes());
    const inst = new WebAssembly.Instance(module, { h: { mem: memory } });
    kernels = inst.exports as unknown as LimbKernels;
  } catch {
    kernels = null;
  }
}
let module: WebAssembly.Module | undefined;

// ── the module, assembled here (a readable listing rather than opaque bytes) ──
const I32 = 0x7f;
const I64 = 0x7e;
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;
const GET = 0x20, SET = 0x21, TEE = 0x22;
const I32_CONST = 0x41, I64_CONST = 0x42;
const I32_GE_U = 0x4f, I32_EQZ = 0x45, I64_EQZ = 0x50;
const I32_ADD = 0x6a, I32_SUB = 0x6b, I32_SHL = 0x74;
const I64_ADD = 0x7c, I64_SUB = 0x7d, I64_MUL = 0x7e, I64_SHR_U = 0x88, I64_EXTEND_I32_U = 0xad;
const LOAD = [0x35, 0x02, 0x00]; // i64.load32_u align=4 offset=0
const STORE = [0x3e, 0x02, 0x00]; // i64.store32 align=4 offset=0

function uleb(n: number): number[] {
  const o: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    o.push(b);
  } while (n !== 0);
  return o;
}
const get = (i: number): number[] => [GET, i];
const set = (i: number): number[] => [SET, i];
const tee = (i: number): number[] => [TEE, i];
const i32 = (n: number): number[] => [I32_CONST, n]; // (small non-negative constants only)
const i64 = (n: number): number[] => [I64_CONST, n];
const next = (p: number): number[] => [...get(p), ...i32(4), I32_ADD, ...set(p)];
/** end = base + count * 4 */
const endOf = (base: number, count: number[], end: number): number[] => [...get(base), ...count, ...i32(2), I32_SHL, I32_ADD, ...set(end)];
/** while (p < end) { body } */
const whileBelow = (p: number, end: number, body: number[]): number[] =>
  [BLOCK, VOID, LOOP, VOID, ...get(p), ...get(end), I32_GE_U, BR_IF, 1, ...body, BR, 0, END, END];

// add(a 0, an 1, b 2, bn 3, d 4); locals: carry 5 (i64), s 6 (i64), end 7 (i32)
const ADD = [
  ...endOf(2, get(3), 7),
  ...whileBelow(2, 7, [...get(4), ...get(0), ...LOAD, ...get(2), ...LOAD, I64_ADD, ...get(5), I64_ADD, ...tee(6), ...STORE,
    ...get(6), ...i64(32), I64_SHR_U, ...set(5), ...next(0), ...next(2), ...next(4)]),
  ...endOf(4, [...get(1), ...get(3), I32_SUB], 7),
  ...whileBelow(4, 7, [...get(4), ...get(0), ...LOAD, ...get(5), I64_ADD, ...tee(6), ...STORE,
    ...get(6), ...i64(32), I64_SHR_U, ...set(5), ...next(0), ...next(4)]),
  ...get(4), ...get(5), ...STORE,
  ...get(1), ...get(5), I64_EQZ, I32_EQZ, I32_ADD, END,
];
// sub(a 0, an 1, b 2, bn 3, d 4); locals: borrow 5 (i64), s 6 (i64), end 7 (i32)
const SUB = [
  ...endOf(2, get(3), 7),
  ...whileBelow(2, 7, [...get(4), ...get(0), ...LOAD, ...get(2), ...LOAD, I64_SUB, ...get(5), I64_SUB, ...tee(6), ...STORE,
    ...get(6), ...i64(63), I64_SHR_U, ...set(5), ...next(0), ...next(2), ...next(4)]),
  ...endOf(4, [...get(1), ...get(3), I32_SUB], 7),
  ...whileBelow(4, 7, [...get(4), ...get(0), ...LOAD, ...get(5), I64_SUB, ...tee(6), ...STORE,
    ...get(6), ...i64(63), I64_SHR_U, ...set(5), ...next(0), ...next(4)]),
  ...get(1), END,
];
// mul(a 0, an 1, f 2, d 3); locals: carry 4 (i64), p 5 (i64), end 6 (i32), f64 7 (i64)
const MUL = [
  ...endOf(0, get(1), 6),
  ...get(2), I64_EXTEND_I32_U, ...set(7),
  ...whileBelow(0, 6, [...get(3), ...get(0), ...LOAD, ...get(7), I64_MUL, ...get(4), I64_ADD, ...tee(5), ...STORE,
    ...get(5), ...i64(32), I64_SHR_U, ...set(4), ...next(0), ...next(3)]),
  ...get(3), ...get(4), ...STORE,
  ...get(1), ...get(4), I64_EQZ, I32_EQZ, I32_ADD, END,
];

function kernelBytes(): Uint8Array {
  const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
  const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
  const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
  const body = (locals: number[][], code: number[]): number[] => {
    const b = [...vec(locals), ...code];
    return [...uleb(b.length), ...b];
  };
  const five = [0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])];
  const four = [0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([[I32]])];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([five, four])),
    // import h.mem: a shared memory, limits flag 3 (min and max, shared), sizes 0 and 65536 pages
    // (any size the heap has)
    ...section(2, vec([[...name('h'), ...name('mem'), 0x02, 0x03, ...uleb(0), ...uleb(65536)]])),
    ...section(3, vec([[0], [0], [1]])),
    ...section(7, vec([[...name('add'), 0x00, 0], [...name('sub'), 0x00, 1], [...name('mul'), 0x00, 2]])),
    ...section(10, vec([
      body([[2, I64], [1, I32]], ADD),
      body([[2, I64], [1, I32]], SUB),
      body([[2, I64], [1, I32], [1, I64]], MUL),
    ])),
  ]);
}
