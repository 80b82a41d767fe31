// The compiled-lib cache of the start-up snapshot (vm/runtime/code_cache.ts): every cached module
// comes back exactly as the compiler makes it (code, line and exception tables, constants of
// every kind, nested code), and a source that differs by one character is not served from it.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cachedCode, LIB_CACHED, precompileLib } from '../../vm/runtime/code_cache';
import { compile } from '../../compiler/compile';
import { decodeSource } from '../../compiler/source';

const libDir = path.resolve(__dirname, '..', '..', 'lib');
const read = (file: string): string => decodeSource(fs.readFileSync(file), file);

describe('compiled lib cache', () => {
  const n = precompileLib(libDir, read);

  it('holds every listed module', () => {
    expect(n).toBe(LIB_CACHED.length);
  });

  it('gives back what the compiler makes', () => {
    for (const rel of LIB_CACHED) {
      const file = path.join(libDir, ...rel.split('/'));
      const source = read(file);
      expect(cachedCode(source, file), rel).toStrictEqual(compile(source, file, 'exec'));
    }
  });

  it('keeps constants of every kind', () => {
    // not a lib file: compile, round-trip through the same encoding by caching a temporary dir
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pystm-cc-'));
    const src = "x = (1, 2.5, -0.0, float('nan'), 2j, b'\\x00z', ..., None, True, 10**30, 'a\\ud800')\ny = 3 in {1, 2, 3}\ndef f(a=(1, (2, 'b'))):\n    return {1.5, 2}\n";
    fs.mkdirSync(path.join(dir, 're'));
    for (const rel of LIB_CACHED) {
      const file = path.join(dir, ...rel.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, src);
    }
    precompileLib(dir, read);
    const file = path.join(dir, 'random.py');
    expect(cachedCode(src, file)).toStrictEqual(compile(src, file, 'exec'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('misses on another source or file name', () => {
    const file = path.join(libDir, 'random.py');
    const source = read(file);
    expect(cachedCode(source + ' ', file)).toBeNull();
    expect(cachedCode(source, file + 'x')).toBeNull();
  });
});
