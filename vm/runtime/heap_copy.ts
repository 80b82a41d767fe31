// Copies of heap words for the container paths (tuple and list concatenation, slices, extend,
// insert and delete, list growth). `mem.copyWithin` on the SharedArrayBuffer heap is a call into
// V8's C++ runtime: ~40 ns before the first word moves (bench: 2 words 39 ns against 5 ns for a
// JS loop, 16 words 76 ns against 27 ns, 32 words about even), and most tuples and lists of
// Python programs are short. Below COPY_LOOP_MAX words a loop copies; memmove semantics either
// way (overlapping ranges are copied as if through a temporary).
import { mem } from '../../stmgc/heap';

/** Up to this many words a JS loop beats copyWithin. */
const COPY_LOOP_MAX = 24;

/** mem[dst .. dst+n) = mem[src .. src+n) (ranges may overlap). */
export function copyWords(dst: number, src: number, n: number): void {
  if (n > COPY_LOOP_MAX) {
    mem.copyWithin(dst, src, src + n);
  } else if (dst <= src) {
    for (let i = 0; i < n; i++) mem[dst + i] = mem[src + i];
  } else {
    for (let i = n - 1; i >= 0; i--) mem[dst + i] = mem[src + i];
  }
}

/** mem[at .. at+n) = 0. */
export function clearWords(at: number, n: number): void {
  if (n > COPY_LOOP_MAX) mem.fill(0, at, at + n);
  else for (let i = 0; i < n; i++) mem[at + i] = 0;
}
