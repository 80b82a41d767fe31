// The CPython 3.11 standard library as a test corpus: every .py file under
// sysconfig.get_path('stdlib'), excluding site-packages/ (third-party packages).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: 'utf8' }).trim();
}

export function stdlibFiles(): string[] {
  const root = stdlibDir();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(root, 'site-packages')) walk(p);
      } else if (e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}
