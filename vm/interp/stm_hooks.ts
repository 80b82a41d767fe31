// The VM's side of transaction boundaries (interp/sched.ts calls these through txHooks): at
// every begin, the heap class epoch (a class changed on another worker drops this worker's
// TypeInfo and inline caches); after every commit, publishing this worker's class changes;
// after every abort, dropping the JS state of the attempt: caches keyed by heap address (its
// objects are gone, small old ones already back on the free lists), class caches built from
// state it changed, and its buffered output. `--trace-stm` logs one stderr line per begin,
// commit, abort (with the reason) and inevitable, with the worker and the guest file:line.
import { refreshRecursionLimit } from './thread';
import * as fs from 'node:fs';
import { mem, viewHooks, workerSlot } from '../../stmgc/heap';
import { dropCallerInfos } from './caller_info';
import { txHooks } from './sched';
import { checkClassEpoch, dropTypeCaches, publishClassEpoch } from '../objects/type_core';
import { bumpAbortEpoch } from '../runtime/alloc';
import { dropStdout } from '../runtime/stdio';
import { ts, TS_FRAME, TS_IDENT } from './thread';
import { FR_CODE, FR_PC } from './frame_layout';
import { codeInfo } from '../objects/code';
import { conflictLog } from '../../stmgc/conflict_log';
import { payloadWords } from '../../stmgc/objects';
import * as layouts from '../runtime/layouts';
import { tname } from '../runtime/protocol';

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

const { L_DICT, L_INSTANCE, L_ITER } = layouts;
/** "list", "dict", ... for a layout id (from the L_ names). */
function layoutName(id: number): string {
  for (const [k, v] of Object.entries(layouts)) if (k.startsWith('L_') && v === id) return k.slice(2).toLowerCase();
  return `layout ${id}`;
}

/** For an abort: what the conflict was about (kind, the object's type, the other worker). */
function conflictOf(): string {
  const log = conflictLog();
  const r = log.length > 0 ? log[log.length - 1] : null;
  if (r === null || performance.now() - r.at > 50) return '';
  let what = '';
  if (r.ref !== 0) {
    try {
      what = ` on a ${layoutName(mem[r.ref] & 0x7ff)}${(mem[r.ref] & 0x7ff) === L_DICT || (mem[r.ref] & 0x7ff) === L_ITER || (mem[r.ref] & 0x7ff) === L_INSTANCE ? ` (${tname(r.ref)})` : ''}`;
    } catch {
      what = ' on a freed object';
    }
  }
  if (process.env.PYSTM_TRACE_STM_REFS && r.ref !== 0) what += ` @${r.ref} words=${payloadWords(r.ref)} [${mem[r.ref + 2]}, ${mem[r.ref + 3]}]`;
  return ` [${r.kind}${what}${r.other >= 0 ? ` against worker ${r.other}` : ''}]`;
}

/** PYSTM_TRACE_STM_TIMES=1: each trace line carries the ms since the Unix epoch mod 100 s (one
 *  clock for every worker, so the lines of two workers can be merged in time order). */
let traceTimes = false;
let t0Trace = 0;
function trace(what: string, detail: string): void {
  const line = `[stm ${workerSlot}]${traceTimes ? ` ${(performance.timeOrigin + performance.now() - t0Trace).toFixed(3)}` : ''} ${what}${detail !== '' ? ` (${detail})` : ''}${what === 'abort' ? conflictOf() : ''}${where()}\n`;
  try {
    fs.writeSync(2, line);
  } catch {
    // stderr closed
  }
}

/** This worker's JS caches that may name objects now gone (an aborted transaction's, or a pool
 *  worker's private heap after its prime, workers/pool_prime.ts) are dropped. */
export function dropYoungCaches(): void {
  bumpAbortEpoch();
  dropCallerInfos(); // (the aborted transaction's code objects are gone: interp/caller_info.ts)
  dropTypeCaches();
  dropStdout();
}

export function installStmHooks(): void {
  txHooks.beforeBegin = refreshRecursionLimit; // (sys.setrecursionlimit on another worker)
  viewHooks.snapshotMoved = checkClassEpoch;
  viewHooks.beforeVersion = publishClassEpoch;
  txHooks.afterAbort = dropYoungCaches;
  txHooks.trace = trace;
  if (process.env.PYSTM_TRACE_STM === '1') txHooks.traced = true;
  traceTimes = process.env.PYSTM_TRACE_STM_TIMES === '1'; // (here, not at load: the snapshot)
  t0Trace = Math.floor(Date.now() / 100_000) * 100_000;
}
