// lib/dis.py against the VM's own disassembler: for a program with nested code objects, jumps,
// an exception table and every operand kind, `dis.dis(code)` must list the same instructions
// (name and argument, in order, per code object) as `pystm --dump bytecode` (vm/disassembler.ts),
// with CPython's column layout and byte offsets of 4 per instruction; and the exception tables
// must agree. Our bytecode is not CPython's, so this is the oracle the golden cannot be.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const SOURCE = `
import sys
def outer(a, *rest, key=None, **kw):
    total = 0
    for i in range(a):
        if i % 2 and i is not None:
            total += i
        elif i in rest:
            continue
    try:
        with open(__file__) as fh:
            total += len(fh.read(1))
    except (OSError, ValueError) as e:
        del e
    finally:
        total -= 1
    def inner(b=total):
        nonlocal total
        return [b * x for x in kw if x] or {k: f"{k!s:>3}" for k in rest}
    return inner, lambda: sys.maxsize
class C:
    attr = 3
    def m(self):
        return super().m() if self else -self.attr
`;

/** [name, arg] rows per code object from `--dump bytecode`. */
function dumpRows(text: string): string[][][] {
  const blocks: string[][][] = [[]];
  for (const line of text.split('\n')) {
    if (line.startsWith('Disassembly of')) blocks.push([]);
    const m = /^\s*(?:\d+)?\s+(?:>>)?\s*(\d{4}) ([A-Z_]+)\s*(\d*)/.exec(line);
    if (m) blocks[blocks.length - 1].push([m[2], m[3]]);
  }
  return blocks;
}

/** [name, arg] rows per code object from dis.dis(), and the offsets seen. */
function disRows(text: string): { blocks: string[][][]; offsets: number[] } {
  const blocks: string[][][] = [[]];
  const offsets: number[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('Disassembly of')) blocks.push([]);
    const m = /^(?:\s*\d+)?\s+(?:-->)?\s*(?:>>)?\s+(\d+) ([A-Z_]+)\s*(\d*)/.exec(line);
    if (m) {
      blocks[blocks.length - 1].push([m[2], m[3]]);
      offsets.push(Number(m[1]));
    }
  }
  return { blocks, offsets };
}

function exceptionTables(text: string): string[] {
  return text.split('\n').filter((l) => /^ {2}\d+ to \d+ -> \d+ \[\d+\]/.test(l));
}

describe('lib/dis.py', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-dis-'));
  const prog = path.join(dir, 'prog.py');
  fs.writeFileSync(prog, SOURCE);
  const driver = path.join(dir, 'driver.py');
  fs.writeFileSync(driver, `import dis, sys\nsrc = open(sys.argv[1]).read()\ndis.dis(compile(src, sys.argv[1], 'exec'))\n`);

  it('lists the same instructions as the VM disassembler, per code object', () => {
    const dump = runPystm(['--dump', 'bytecode', prog]);
    const viaDis = runPystm([driver, prog]);
    expect(dump.status).toBe(0);
    expect(viaDis.stderr).toBe('');
    expect(viaDis.status).toBe(0);
    const want = dumpRows(dump.stdout);
    const got = disRows(viaDis.stdout);
    // dis recurses depth-first, the VM's dump goes breadth-first: compare the module's block,
    // then the set of nested blocks
    expect(got.blocks[0]).toEqual(want[0]);
    const key = (b: string[][]) => JSON.stringify(b);
    expect(got.blocks.map(key).sort()).toEqual(want.map(key).sort());
    expect(want.length).toBeGreaterThanOrEqual(6);
    for (const o of got.offsets) expect(o % 4).toBe(0);
  });

  it("prints the exception tables in CPython's form with byte offsets", () => {
    const dump = runPystm(['--dump', 'bytecode', prog]);
    const viaDis = runPystm([driver, prog]);
    const want = exceptionTables(dump.stdout).map((l) => {
      const m = /^ {2}(\d+) to (\d+) -> (\d+) (\[\d+\])( lasti)?$/.exec(l)!;
      // the VM prints [start, end) in instructions; dis prints the last covered offset
      return `  ${4 * Number(m[1])} to ${4 * (Number(m[2]) - 1)} -> ${4 * Number(m[3])} ${m[4]}${m[5] ?? ''}`;
    });
    expect(want.length).toBeGreaterThan(2);
    expect(exceptionTables(viaDis.stdout)).toEqual(want);
  });
});
