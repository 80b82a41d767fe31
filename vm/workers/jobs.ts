// Jobs submitted from guest code (the `_pystm_workers` module) run at the main thread's next
// safe point: a builtin runs in the middle of a bytecode, with references in JS locals and a
// nursery the worker must not write into, so `submit` only roots the callable and the args and
// requests a safe point; the safe-point hook (stmgc/gc.ts safePointHooks, after the minor
// collection) hands each pending job to its worker and waits. `result` then returns the value
// or raises the worker's exception. In Python (lib/pystm_workers.py):
//     h = _pystm_workers.submit(k, f, args)   # builtin: queue
//     _collect(h)                             # a Python function: its RESUME is the safe point
import { addRoot, getRoot, removeRoot } from '../../stmgc/roots';
import { requestSafePoint, workerSlot } from '../../stmgc/heap';
import { safePointHooks } from '../../stmgc/gc';
import { OUT_EXCEPTION, OUT_VALUE } from './control';
import { runOnWorker } from './pool';
import { PyException, raise } from '../runtime/errors';
import { T } from '../runtime/types';

interface Job { worker: number; callableSlot: number; argsSlot: number; done: boolean; outcome: number; message: string }

const jobs = new Map<number, Job>();
let nextId = 1;
let hooked = false;

/** Queues callable(*args) for worker k; returns the job id. Main thread only. */
export function submitJob(k: number, callable: number, args: number): number {
  if (workerSlot !== 0) raise(T.RuntimeError, 'pystm workers: jobs can only be submitted from the main thread');
  if (!hooked) {
    hooked = true;
    safePointHooks.push(runPendingJobs);
  }
  const id = nextId++;
  jobs.set(id, { worker: k, callableSlot: addRoot(callable), argsSlot: addRoot(args), done: false, outcome: 0, message: '' });
  requestSafePoint();
  return id;
}

/** The safe-point hook: runs every queued job, in order. */
export function runPendingJobs(): void {
  for (const job of jobs.values()) {
    if (job.done) continue;
    job.done = true;
    const r = runOnWorker(job.worker, job.callableSlot, job.argsSlot);
    job.outcome = r.outcome;
    job.message = r.message;
  }
}

/** The job's result (its slots are freed), or its exception raised here. */
export function takeResult(id: number): number {
  const job = jobs.get(id);
  if (job === undefined) return raise(T.ValueError, `no pending pystm job ${id}`);
  if (!job.done) {
    return raise(T.RuntimeError, 'pystm workers: the job has not run (result() must be reached through a Python call from the outermost loop)');
  }
  jobs.delete(id);
  const v = getRoot(job.argsSlot);
  removeRoot(job.callableSlot);
  removeRoot(job.argsSlot);
  if (job.outcome === OUT_VALUE) return v;
  if (job.outcome === OUT_EXCEPTION) throw new PyException(v);
  throw new Error(`worker ${job.worker} failed: ${job.message}`);
}
