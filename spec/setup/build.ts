// vitest global setup: rebuild dist/ from the current sources once per test run, so that tests
// which spawn bin/pystm always exercise the code under test (esbuild takes well under a second).
// A failed build does not stop the run: it is reported, and the CLI tests then fail on their own
// (the typecheck test names the broken import), while unit tests of single passes still run.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) process.stderr.write(`spec/setup/build.ts: build failed; CLI tests will fail:\n${r.stderr}\n`);
}
