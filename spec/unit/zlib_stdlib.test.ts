// gzip, zipfile and tarfile of CPython's standard library (on PYTHONPATH) over our zlib module:
// spec/tools/zlib_stdlib_archives.py builds archives in memory and hashes their exact bytes, so
// pystm's output must equal python3's byte for byte (our deflate follows zlib 1.2.13).
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { stdlibDir } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('gzip, zipfile and tarfile over our zlib', () => {
  it('write the same archives as CPython and read them back', () => {
    const tool = path.join(ROOT, 'spec/tools/zlib_stdlib_archives.py');
    const env = { ...process.env, PYTHONPATH: stdlibDir(), PYTHONHASHSEED: '0' };
    const run = (cmd: string): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(cmd, [tool], { env, encoding: 'utf8', timeout: 300_000, input: '' });
    const theirs = run('python3');
    expect(theirs.status).toBe(0);
    const ours = run(PYSTM);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('zip ');
  }, 400_000);
});
