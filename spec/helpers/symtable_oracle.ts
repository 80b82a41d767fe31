// Shared by the symtable tests: the canonical text of spec/tools/symtable_dump.py reproduced from
// our Block tree, the code-object keys our blocks imply, and a runner for that Python tool.
// The canonical form uses CPython's raw symbol value (flags | scope << 11), so one line compares
// every is_local / is_global / is_free / ... predicate of the symtable module at once.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Block, Scope, SCOPE_OFFSET } from '../../compiler/symtable';

export const STDLIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';
export const DUMP_TOOL = path.resolve(__dirname, '..', 'tools', 'symtable_dump.py');
const FREE_ONLY = Scope.FREE << SCOPE_OFFSET;

/** Every stdlib .py file except site-packages/, sorted. */
export function stdlibFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (p !== path.join(STDLIB, 'site-packages')) walk(p);
      } else if (ent.isFile() && ent.name.endsWith('.py')) {
        out.push(p);
      }
    }
  };
  walk(STDLIB);
  return out.sort();
}

export function canonSymtable(b: Block): string {
  const out: string[] = [];
  canonBlock(b, out);
  return out.join('\n');
}

function canonBlock(b: Block, out: string[]): void {
  out.push(`B ${b.kind} ${b.name} ${b.lineno} ${b.isNested ? 1 : 0} ${b.varnames.join(',')}`);
  const passthrough: string[] = [];
  for (const sym of b.symbols.values()) {
    const raw = sym.flags | (sym.scope << SCOPE_OFFSET);
    if (raw === FREE_ONLY) passthrough.push(sym.name);
    else out.push(`s ${sym.name} ${raw}`);
  }
  passthrough.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const name of passthrough) out.push(`s ${name} ${FREE_ONLY}`);
  for (const c of b.children) canonBlock(c, out);
  out.push('E');
}

const CODE_NAMES: Record<string, string> = {
  lambda: '<lambda>', listcomp: '<listcomp>', setcomp: '<setcomp>', dictcomp: '<dictcomp>', genexpr: '<genexpr>',
};

/** The code-object keys (see symtable_dump.py) that our blocks imply, unsorted. */
export function codeKeys(top: Block): string[] {
  const out: string[] = [];
  const walk = (b: Block): void => {
    for (const c of b.children) {
      if (c.kind === 'class') {
        out.push(`C ${c.name} ${c.needsClassClosure ? 1 : 0}`);
      } else {
        let flags = 0;
        if (c.hasVarargs) flags |= 0x4;
        if (c.hasVarkeywords) flags |= 0x8;
        if (c.isNested) flags |= 0x10;
        if (c.isGenerator && !c.isCoroutine) flags |= 0x20;
        if (!c.isGenerator && c.isCoroutine) flags |= 0x80;
        if (c.isGenerator && c.isCoroutine) flags |= 0x200;
        const name = (c.isComprehension || c.name === 'lambda') && c.name in CODE_NAMES ? CODE_NAMES[c.name] : c.name;
        out.push(`F ${name} ${flags}`);
      }
      walk(c);
    }
  };
  walk(top);
  return out;
}

/** Keys CPython produced that ours lack (dead code may remove code objects, never add them). */
export function missingKeys(theirs: string[], ours: string[]): string[] {
  const counts = new Map<string, number>();
  for (const k of ours) counts.set(k, (counts.get(k) ?? 0) + 1);
  const missing: string[] = [];
  for (const k of theirs) {
    const n = counts.get(k) ?? 0;
    if (n === 0) missing.push(k);
    else counts.set(k, n - 1);
  }
  return missing;
}

/** Runs symtable_dump.py over `files` in `jobs` parallel python3 processes; returns the JSONL
 *  paths. With `snippets`, the programs compared are the string literals inside the files. */
export async function runDumpTool(files: string[], tmpDir: string, jobs: number, snippets = false): Promise<string[]> {
  const chunks: string[][] = Array.from({ length: jobs }, () => []);
  files.forEach((f, i) => chunks[i % jobs].push(f));
  const outs: string[] = [];
  await Promise.all(chunks.map((chunk, i) => {
    const list = path.join(tmpDir, `list${snippets ? 's' : ''}${i}.txt`);
    const out = path.join(tmpDir, `out${snippets ? 's' : ''}${i}.jsonl`);
    fs.writeFileSync(list, chunk.join('\n') + '\n');
    outs.push(out);
    return new Promise<void>((resolve, reject) => {
      const p = spawn('python3', [DUMP_TOOL, ...(snippets ? ['--snippets'] : []), list, out], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`symtable_dump.py failed: ${err}`))));
    });
  }));
  return outs;
}

/** Runs symtable_dump.py --fuzz: `count` random programs from `seed`; returns the JSONL path. */
export function runFuzzTool(count: number, seed: number, tmpDir: string): Promise<string> {
  const out = path.join(tmpDir, `fuzz${seed}.jsonl`);
  return new Promise<string>((resolve, reject) => {
    const p = spawn('python3', [DUMP_TOOL, '--fuzz', String(count), String(seed), out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`symtable_dump.py --fuzz failed: ${err}`))));
  });
}

/** Calls `fn` with each line of a (possibly huge) JSONL file. */
export function forEachLine(file: string, fn: (line: string) => void): void {
  const buf = fs.readFileSync(file);
  let start = 0;
  for (;;) {
    const nl = buf.indexOf(10, start);
    const end = nl === -1 ? buf.length : nl;
    if (end > start) fn(buf.toString('utf8', start, end));
    if (nl === -1) break;
    start = nl + 1;
  }
}
