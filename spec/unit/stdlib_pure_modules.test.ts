// Pure-Python modules of CPython's own standard library run under pystm when the user puts it on
// PYTHONPATH (argparse, textwrap, datetime, calendar, difflib, pprint, shlex, uuid, pathlib,
// tempfile, shutil, decimal, fractions, statistics): spec/tools/stdlib_pure_modules.py must print what python3 prints. pystm's
// lib/ comes before PYTHONPATH on sys.path, so these modules find our os, weakref, threading...
// datetime is pystm's own now (lib/datetime.py, found before PYTHONPATH): the script's datetime
// lines, and calendar/email.utils on top of it, check ours against CPython's.
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT, hasPython311 } from '../helpers/run';
import { runStdlibToolBothWays } from '../helpers/stdlib';

describe.skipIf(!hasPython311())('pure-Python modules of the standard library on PYTHONPATH', () => {
  it('print what CPython prints', () => {
    const { theirs, ours } = runStdlibToolBothWays('stdlib_pure_modules.py', ROOT, PYSTM);
    expect(theirs.status).toBe(0);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
  }, 400_000);
});
