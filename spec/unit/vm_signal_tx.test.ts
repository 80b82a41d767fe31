// Signals and transactions (vm/runtime/signals.ts, vm/NOTES.md "Signals"): taking a tripped
// signal is not undone by an abort, so the transaction that takes one becomes inevitable first,
// and so does one that trips one (interrupt_main, raise_signal). Deterministic: with
// PYSTM_STM_ABORT_EVERY=1 every non-inevitable commit at a boundary aborts, so a handler run in
// a transaction that could still abort was always rolled back and its signal lost: the main
// thread's `while not calls` spun forever (the vm_sigint interrupt_main hang, 1 run in 3 once the
// pool worker was attached before the thread started). Each run has a time limit.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';

const PROGRAM = `import signal, threading, _thread
calls = []
signal.signal(signal.SIGINT, lambda s, f: calls.append(s))
def other():
    _thread.interrupt_main()
threading.Thread(target=other).start()
n = 0
while not calls:
    n += 1
print('handled', calls)
try:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    threading.Thread(target=other).start()
    while True:
        n += 1
except KeyboardInterrupt:
    print('KeyboardInterrupt')
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-sigtx-'));
const file = path.join(dir, 'sigtx.py');
fs.writeFileSync(file, PROGRAM);

describe('a signal taken inside a transaction is never lost to an abort', () => {
  for (const workers of ['1', '2']) {
    for (const every of ['1', '2']) {
      it(`--workers ${workers}, every ${every === '1' ? '' : 'second '}boundary commit aborted`, () => {
        const r = spawnSync(process.execPath, [PYSTM, '--workers', workers, file], {
          encoding: 'utf8', timeout: 30_000, env: { ...process.env, PYSTM_STM_ABORT_EVERY: every, PYSTM_SIGINT_WATCHER: 'off' },
        });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe('handled [2]\nKeyboardInterrupt\n');
        expect(r.status).toBe(0);
      }, 40_000);
    }
  }
});
