// Pure-Python modules of CPython's own standard library run under pystm when the user puts it on
// PYTHONPATH (argparse, textwrap, datetime, calendar, difflib, pprint, shlex, uuid, pathlib,
// tempfile, shutil, decimal, fractions, statistics): spec/tools/stdlib_pure_modules.py must print what python3 prints. pystm's
// lib/ comes before PYTHONPATH on sys.path, so these modules find our os, weakref, threading...
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { stdlibDir } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('pure-Python modules of the standard library on PYTHONPATH', () => {
  it('print what CPython prints', () => {
    const tool = path.join(ROOT, 'spec/tools/stdlib_pure_modules.py');
    const env = { ...process.env, PYTHONPATH: stdlibDir(), PYTHONHASHSEED: '0', TZ: 'UTC' };
    const run = (cmd: string): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(cmd, [tool], { env, encoding: 'utf8', timeout: 300_000, input: '' });
    const theirs = run('python3');
    expect(theirs.status).toBe(0);
    const ours = run(PYSTM);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
  }, 400_000);
});
