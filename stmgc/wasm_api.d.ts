// The few WebAssembly JS API names pystm uses (lib "es2022" has no WebAssembly declarations and
// @types/node declares only the namespace): a shared memory for the heap (stmgc/heap_buffer.ts)
// and a synchronously compiled module instantiated on it (vm/objects/int_wasm.ts).
declare namespace WebAssembly {
  interface MemoryDescriptor { initial: number; maximum?: number; shared?: boolean }
  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer | SharedArrayBuffer;
    grow(delta: number): number;
  }
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
