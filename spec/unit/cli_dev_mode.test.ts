// Development mode (-X dev, PYTHONDEVMODE): sys.flags.dev_mode, the "default" warning filter for
// every Warning before the defaults (after -W options), and the codec checks of error handler
// names made even when nothing fails (objects/codec_dev_checks.ts). Compared with python3 run
// with the same options; without them nothing is checked, as in CPython.
import { describe, expect, it } from 'vitest';
import { hasPython311, runPystm, runPython } from '../helpers/run';

const PROGRAM = `
import sys, warnings
print(sys.flags.dev_mode)
print(warnings.filters[:3])
for f in (lambda: ''.encode('ascii', errors='boom'), lambda: b''.decode('ascii', errors='boom'),
          lambda: str(b'', 'ascii', 'boom'), lambda: bytes('', 'ascii', 'boom'),
          lambda: bytearray('', 'latin1', 'boom'), lambda: 'x'.encode('utf-8', 'ignore'),
          lambda: b'x'.decode('utf-8', 'backslashreplace'), lambda: 'x'.encode('ascii', 'xmlcharrefreplace')):
    try:
        print(repr(f()))
    except LookupError as e:
        print('LookupError', e)
warnings.warn('shown', DeprecationWarning)
warnings.warn('user', UserWarning)
`;

describe('development mode', () => {
  for (const opts of [[], ['-X', 'dev'], ['-X', 'dev', '-W', 'ignore::UserWarning']]) {
    it.skipIf(!hasPython311())(`${opts.join(' ') || 'no options'}: as python3`, () => {
      const ours = runPystm([...opts, '-c', PROGRAM]);
      const theirs = runPython([...opts, '-c', PROGRAM]);
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.stderr).toBe(theirs.stderr);
      expect(ours.status).toBe(theirs.status);
    });
  }
  it('PYTHONDEVMODE turns it on', () => {
    const r = runPystm(['-c', 'import sys; print(sys.flags.dev_mode); b"".decode("ascii", "nosuch")'], { env: { PYTHONDEVMODE: '1' } });
    expect(r.stdout).toBe('True\n');
    expect(r.stderr.trim().split('\n').pop()).toBe("LookupError: unknown error handler name 'nosuch'");
    expect(r.status).toBe(1);
  });
});
