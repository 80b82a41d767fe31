// stmgc/heap_buffer.ts: makes the SharedArrayBuffer a heap lives in. When it can, the buffer is
// the memory of a shared WebAssembly.Memory (a SharedArrayBuffer like any other to every view,
// Atomics and postMessage), so that WebAssembly kernels can run on the heap's words in place:
// vm/objects/int_wasm.ts runs big-int limb loops there, ~4x faster than V8's code for a typed
// array loop (which reloads and checks the array's map, length and data pointer at every
// element). A heap above 4 GiB (wasm32's limit), a size that is not a whole number of 64 KiB
// pages, or an engine that refuses the memory gets a plain SharedArrayBuffer: kernels then
// find no memory (heapWasmMemory returns null) and their callers keep their JS loops. A pool
// worker receives the Memory itself beside the buffer (vm/workers/control.ts WorkerInit) and
// adopts it (adoptHeapMemory), so its kernels run too; a thread handed only the buffer has none.
// While V8 builds a start-up snapshot there is no SharedArrayBuffer: a plain ArrayBuffer.

const WASM_PAGE = 65536;
const WASM_MAX_BYTES = 65536 * WASM_PAGE;

const memories = new WeakMap<SharedArrayBuffer, WebAssembly.Memory>();

/** A zeroed shared buffer of `bytes` bytes for a heap. */
export function newHeapBuffer(bytes: number): SharedArrayBuffer {
  if (typeof SharedArrayBuffer !== 'function') return new ArrayBuffer(bytes) as unknown as SharedArrayBuffer;
  if (bytes >= WASM_PAGE && bytes <= WASM_MAX_BYTES && bytes % WASM_PAGE === 0 && typeof WebAssembly === 'object' && process.env.PYSTM_WASM_HEAP !== '0') {
    try {
      const pages = bytes / WASM_PAGE;
      const m = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      const b = m.buffer as unknown as SharedArrayBuffer;
      if (b instanceof SharedArrayBuffer && b.byteLength === bytes) {
        memories.set(b, m);
        return b;
      }
    } catch {
      // (no room for the reservation, an engine without shared memories: a plain buffer)
    }
  }
  return new SharedArrayBuffer(bytes);
}

/** A worker's side of a heap the main thread made as a WebAssembly.Memory (received with its
 *  workerData): the memory's buffer, registered so that heapWasmMemory finds it, if it is the
 *  heap `plain` (same length; a plain SharedArrayBuffer of the same memory as received); else
 *  `plain`. */
export function adoptHeapMemory(memory: WebAssembly.Memory, plain: SharedArrayBuffer): SharedArrayBuffer {
  const b = memory.buffer as unknown as SharedArrayBuffer;
  if (!(b instanceof SharedArrayBuffer) || b.byteLength !== plain.byteLength) return plain;
  memories.set(b, memory);
  return b;
}

/** The WebAssembly.Memory whose buffer `buffer` is, when this thread made it; else null. */
export function heapWasmMemory(buffer: SharedArrayBuffer): WebAssembly.Memory | null {
  return memories.get(buffer) ?? null;
}
