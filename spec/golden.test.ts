// The golden-program corpus (spec/programs/<area>/<case>.py with CPython-generated .exp/.err).
// Until the interpreter exists (issue 5), each program must compile through every pass (parse,
// symtable, codegen, assemble with its stack-depth check) and its disassembly must be stable:
// two independent compilations print byte-identical bytecode. When the VM lands, this file runs
// each program and compares stdout with .exp (and exit status + last stderr line with .err).
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSource } from '../compiler/source';
import { parse } from '../compiler/parser';
import { compileAst } from '../compiler/compile';
import { disassemble } from '../vm/disassembler';

const PROGRAMS = path.join(__dirname, 'programs');

/** Case files: *.py directly inside an area folder, not starting with '_'. */
export function listCases(): { area: string; file: string }[] {
  if (!fs.existsSync(PROGRAMS)) return [];
  const out: { area: string; file: string }[] = [];
  for (const area of fs.readdirSync(PROGRAMS).sort()) {
    const dir = path.join(PROGRAMS, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.py') && !f.startsWith('_')) out.push({ area, file: path.join(dir, f) });
    }
  }
  return out;
}

function disassembleFile(file: string): string {
  const source = decodeSource(fs.readFileSync(file), file);
  return disassemble(compileAst(parse(source, file, 'exec'), file, source, 'exec'));
}

const cases = listCases();

describe('golden corpus', () => {
  it('has programs, each with CPython-generated expected output', () => {
    expect(cases.length).toBeGreaterThan(0);
    const missing = cases.filter((c) => !fs.existsSync(c.file.replace(/\.py$/, '.exp')));
    expect(missing.map((c) => c.file)).toEqual([]);
  });
});

const byArea = new Map<string, string[]>();
for (const c of cases) byArea.set(c.area, [...(byArea.get(c.area) ?? []), c.file]);

for (const [area, files] of byArea) {
  describe(`spec/programs/${area}`, () => {
    for (const file of files) {
      it(`${path.basename(file)} compiles with a stable disassembly`, () => {
        const first = disassembleFile(file);
        expect(first.length).toBeGreaterThan(0);
        expect(disassembleFile(file)).toBe(first);
      });
    }
  });
}
