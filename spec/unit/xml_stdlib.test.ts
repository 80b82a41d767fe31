// CPython's pure-Python xml.etree.ElementTree, xml.dom.minidom and plistlib run on pystm's own
// lib/pyexpat.py when the standard library is on PYTHONPATH: spec/tools/xml_stdlib_modules.py
// (parsing with entities, namespaces, CDATA, incremental feeding, pull parsing, parse errors
// with positions, plist round trips) must print what python3 prints with C expat.
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { runStdlibToolBothWays } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('xml modules of the standard library over lib/pyexpat.py', () => {
  it('print what CPython prints', () => {
    const { theirs, ours } = runStdlibToolBothWays('xml_stdlib_modules.py', ROOT, PYSTM);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('InvalidFileException');
  }, 400_000);
});
