// PYSTM_START_TRACE=1: where a start-up's time goes. The CLI marks its phases (startMark) and, at
// exit, one stderr line lists Node's own milestones (performance.nodeTiming: the process start,
// V8 up, which includes reading and deserializing the start-up snapshot, Node's bootstrap done)
// and every mark, in ms since the process started. Off (one env read per run) otherwise.
let marks: [string, number][] | null = null;

/** Starts the trace when PYSTM_START_TRACE is set (vm/cli/main.ts main(), the first thing it does). */
export function startTraceFromEnv(): void {
  if (!process.env.PYSTM_START_TRACE || marks !== null) return;
  marks = [];
  process.once('exit', () => {
    startMark('exit');
    const t = performance.nodeTiming;
    const node: [string, number][] = [['node', t.nodeStart], ['v8', t.v8Start], ['bootstrap', t.bootstrapComplete]];
    const all = [...node, ...marks!].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    process.stderr.write(`pystm: start trace (ms): ${all}\n`);
  });
  startMark('main');
}

/** Records that phase `label` ended now (no-op unless the trace is on). */
export function startMark(label: string): void {
  if (marks !== null) marks.push([label, performance.now()]);
}
