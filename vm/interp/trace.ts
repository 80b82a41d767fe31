// --trace: prints every executed instruction as `[w0] 0012 LOAD_FAST  0 (x)` through the
// disassembler's formatter. Off by default; the interpreter checks one flag per frame switch.
export let traceOn = false;
export function setTrace(on: boolean): void { traceOn = on; }
