// The whole tree type-checks under `strict` (tsc --noEmit, TypeScript 7). This is what makes the
// exhaustive switches over AST nodes and opcodes (`unreachable`, `satisfies Record<...>`) bite.
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

it('tsc --noEmit reports no errors', () => {
  const root = path.resolve(__dirname, '..', '..');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', root], { cwd: root, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 180_000);
