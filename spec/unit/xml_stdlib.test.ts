// CPython's pure-Python xml.etree.ElementTree, xml.dom.minidom and plistlib run on pystm's own
// lib/pyexpat.py when the standard library is on PYTHONPATH: spec/tools/xml_stdlib_modules.py
// (parsing with entities, namespaces, CDATA, incremental feeding, pull parsing, parse errors
// with positions, plist round trips) must print what python3 prints with C expat.
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { stdlibDir } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('xml modules of the standard library over lib/pyexpat.py', () => {
  it('print what CPython prints', () => {
    const tool = path.join(ROOT, 'spec/tools/xml_stdlib_modules.py');
    const env = { ...process.env, PYTHONPATH: stdlibDir(), PYTHONHASHSEED: '0', TZ: 'UTC' };
    const run = (cmd: string): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(cmd, [tool], { env, encoding: 'utf8', timeout: 300_000, input: '' });
    const theirs = run('python3');
    expect(theirs.status).toBe(0);
    const ours = run(PYSTM);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('InvalidFileException');
  }, 400_000);
});
