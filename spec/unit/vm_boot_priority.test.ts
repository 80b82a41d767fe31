// A pool worker's boot at a low OS priority (vm/workers/boot_priority.ts): this thread's nice goes
// to PYSTM_BOOT_NICE (10 by default) and back; nothing changes with PYSTM_BOOT_NICE=0, nor where
// the priority could not be put back (not root and an RLIMIT_NICE that forbids it: not tested).
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { lowerBootPriority, restoreBootPriority } from '../../vm/workers/boot_priority';

const tid = (): number => Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
const linux = process.platform === 'linux';
const root = typeof process.getuid === 'function' && process.getuid() === 0;

afterEach(() => {
  delete process.env.PYSTM_BOOT_NICE;
});

describe('vm: pool worker boot priority', () => {
  it.runIf(linux && root)('lowers this thread to nice 10 and puts it back', () => {
    const before = os.getPriority(tid());
    const saved = lowerBootPriority();
    expect(saved).toEqual({ tid: tid(), nice: before });
    expect(os.getPriority(tid())).toBe(10);
    restoreBootPriority(saved);
    expect(os.getPriority(tid())).toBe(before);
  });

  it.runIf(linux && root)('PYSTM_BOOT_NICE sets the level; 0 turns it off', () => {
    process.env.PYSTM_BOOT_NICE = '5';
    const saved = lowerBootPriority();
    expect(os.getPriority(tid())).toBe(5);
    restoreBootPriority(saved);
    process.env.PYSTM_BOOT_NICE = '0';
    expect(lowerBootPriority()).toBeNull();
    expect(os.getPriority(tid())).toBe(saved?.nice);
  });
});
