// vitest global setup: rebuild dist/ from the current sources once per test run, so that tests
// which spawn bin/pystm always exercise the code under test (esbuild takes well under a second).
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
