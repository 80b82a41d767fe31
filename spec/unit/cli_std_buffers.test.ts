// sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: the standard streams' binary layer
// (vm/modules/io.ts, runtime/stdio.ts). Bytes written to stdout.buffer come out in order with
// the text printed around them, stderr.buffer goes to fd 2, stdin.buffer reads raw bytes; each
// against what python3 prints for the same program and input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { hasPython311 } from '../helpers/run';

const ROOT = path.join(__dirname, '..', '..');
const PROGRAM = `
import sys
print('text first')
sys.stdout.buffer.write(b'bytes second\\n')
print('text third')
n = sys.stdout.buffer.write(bytearray(b'\\xc3\\xa9 fourth\\n'))
sys.stdout.buffer.flush()
print(n, sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdout.buffer.fileno(), sys.stdin.buffer is sys.stdin.buffer)
sys.stderr.buffer.write(b'to stderr \\xff\\n')
print(sys.stdin.buffer.readline(), sys.stdin.buffer.read())
try:
    sys.stdout.write(b'bytes to text')
except TypeError as e:
    print('TypeError', e)
`;
const INPUT = Buffer.from('first line \xc3\xa9\nrest\n\xff\x00end', 'latin1');

function run(exe: string, args: string[]) {
  const r = spawnSync(exe, [...args, '-c', PROGRAM], { cwd: ROOT, input: INPUT, timeout: 120_000 });
  return { stdout: r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1'), status: r.status };
}

describe.skipIf(!hasPython311())('standard streams: the binary layer', () => {
  for (const mode of [[], ['--single-threaded']]) {
    it(`prints what python3 prints ${mode.join(' ')}`, () => {
      const ours = run(path.join(ROOT, 'bin', 'pystm'), mode);
      const theirs = run('python3', []);
      expect(ours).toEqual(theirs);
      expect(ours.stdout).toContain('bytes second\ntext third\n\xc3\xa9 fourth\n');
    }, 130_000);
  }
});
