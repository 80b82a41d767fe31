// gzip, zipfile and tarfile of CPython's standard library (on PYTHONPATH) over our zlib module:
// spec/tools/zlib_stdlib_archives.py builds archives in memory and hashes their exact bytes, so
// pystm's output must equal python3's byte for byte (our deflate follows zlib 1.2.13).
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { runStdlibToolBothWays } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('gzip, zipfile and tarfile over our zlib', () => {
  it('write the same archives as CPython and read them back', () => {
    const { theirs, ours } = runStdlibToolBothWays('zlib_stdlib_archives.py', ROOT, PYSTM);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('zip ');
  }, 400_000);
});
