// The VM's side of transaction boundaries (interp/sched.ts calls these through txHooks): at
// every begin, the heap class epoch (a class changed on another worker drops this worker's
// TypeInfo and inline caches); after every commit, publishing this worker's class changes;
// after every abort, dropping the JS state of the attempt: caches keyed by heap address (its
// objects are gone, small old ones already back on the free lists), class caches built from
// state it changed, and its buffered output. `--trace-stm` logs one stderr line per begin,
// commit, abort (with the reason) and inevitable, with the worker and the guest file:line.
import * as fs from 'node:fs';
import { mem, workerSlot } from '../../stmgc/heap';
import { txHooks } from './sched';
import { checkClassEpoch, dropTypeCaches, publishClassEpoch } from '../objects/type_core';
import { bumpAbortEpoch } from '../runtime/alloc';
import { dropStdout } from '../runtime/stdio';
import { ts, TS_FRAME, TS_IDENT } from './thread';
import { FR_CODE, FR_PC } from './frame_layout';
import { codeInfo } from '../objects/code';

/** `--trace-stm` (the CLI sets PYSTM_TRACE_STM so that pool workers, which copy the
 *  environment when they start, trace too). */
export function enableStmTrace(): void {
  process.env.PYSTM_TRACE_STM = '1';
  txHooks.traced = true;
}

function where(): string {
  try {
    if (ts === 0) return '';
    const f = mem[ts + TS_FRAME];
    if (f === 0) return '';
    const ci = codeInfo(mem[f + FR_CODE]);
    return ` thread ${mem[ts + TS_IDENT] >> 1} ${ci.filename}:${ci.lineOf(Math.max(0, (mem[f + FR_PC] >> 1) - 1))}`;
  } catch {
    return '';
  }
}

function trace(what: string, detail: string): void {
  const line = `[stm ${workerSlot}] ${what}${detail !== '' ? ` (${detail})` : ''}${where()}\n`;
  try {
    fs.writeSync(2, line);
  } catch {
    // stderr closed
  }
}

export function installStmHooks(): void {
  txHooks.beforeBegin = checkClassEpoch;
  txHooks.afterCommit = publishClassEpoch;
  txHooks.afterAbort = () => {
    bumpAbortEpoch();
    dropTypeCaches();
    dropStdout();
  };
  txHooks.trace = trace;
  if (process.env.PYSTM_TRACE_STM === '1') txHooks.traced = true;
}
