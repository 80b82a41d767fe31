// Sleeping the calling JS thread for a number of milliseconds, woken by nobody: Atomics.wait on
// a word of its own that no one notifies. The word is made at the first sleep, not at load: no
// SharedArrayBuffer may exist while the start-up snapshot is built.
let word: Int32Array | null = null;

export function sleepMs(ms: number): void {
  if (!(ms > 0)) return;
  word ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(word, 0, 0, ms);
}
