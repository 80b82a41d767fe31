// Finds and reads the program a command line names (FILE, -c, -m, stdin), with CPython's
// messages and exit statuses for a missing file, a directory without __main__.py, an unreadable
// file or an unknown module. Returns the raw bytes; decoding (BOM, coding cookie, UTF-8
// validation) belongs to compiler/source.ts so that errors carry file and line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Program } from './args';
import { errnoOfName, strerror } from '../runtime/errno';

export class ProgramNotFound extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export interface ProgramSource {
  filename: string; // what tracebacks and __file__ show: the absolute path for files, as CPython 3.11
  bytes: Uint8Array;
}

function errnoText(e: NodeJS.ErrnoException): string {
  const n = (e.code !== undefined ? errnoOfName(e.code) : undefined) ?? -(e.errno ?? 0);
  return `[Errno ${n}] ${strerror(n)}`;
}

function readFile(p: string): Uint8Array {
  return fs.readFileSync(p);
}

function fromFile(given: string): ProgramSource {
  const abs = path.resolve(given);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    throw new ProgramNotFound(`pystm: can't open file '${abs}': ${errnoText(e as NodeJS.ErrnoException)}`, 2);
  }
  if (st.isDirectory()) {
    const main = path.join(abs, '__main__.py');
    if (!fs.existsSync(main)) throw new ProgramNotFound(`pystm: can't find '__main__' module in '${given}'`, 1);
    return { filename: main, bytes: readFile(main) };
  }
  try {
    // CPython 3.11 names the main script by its absolute path (__file__, tracebacks)
    return { filename: abs, bytes: readFile(abs) };
  } catch (e) {
    throw new ProgramNotFound(`pystm: can't open file '${abs}': ${errnoText(e as NodeJS.ErrnoException)}`, 2);
  }
}

/** Module search path for -m: the current directory, pystm's lib/, then PYTHONPATH (the order of
 *  sys.path, bootstrap.ts applyEnvironment). */
export function modulePath(env: NodeJS.ProcessEnv): string[] {
  const extra = (env.PYTHONPATH ?? '').split(path.delimiter).filter((p) => p !== '');
  return [process.cwd(), path.join(__dirname, '..', 'lib'), ...extra];
}

function fromModule(name: string, env: NodeJS.ProcessEnv): ProgramSource {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name)) {
    throw new ProgramNotFound(`pystm: No module named ${name}`, 1);
  }
  const rel = name.split('.').join(path.sep);
  for (const dir of modulePath(env)) {
    const asFile = path.join(dir, rel + '.py');
    if (fs.existsSync(asFile) && fs.statSync(asFile).isFile()) return { filename: asFile, bytes: readFile(asFile) };
    const asPkg = path.join(dir, rel, '__main__.py');
    if (fs.existsSync(asPkg)) return { filename: asPkg, bytes: readFile(asPkg) };
    if (fs.existsSync(path.join(dir, rel, '__init__.py'))) {
      throw new ProgramNotFound(`pystm: No module named ${name}.__main__; '${name}' is a package and cannot be directly executed`, 1);
    }
  }
  throw new ProgramNotFound(`pystm: No module named ${name}`, 1);
}

export function readProgram(program: Program, env: NodeJS.ProcessEnv): ProgramSource {
  switch (program.kind) {
    case 'file':
      return fromFile(program.path);
    case 'command':
      return { filename: '<string>', bytes: Buffer.from(program.code, 'utf8') };
    case 'module':
      return fromModule(program.name, env);
    case 'stdin':
      return { filename: '<stdin>', bytes: fs.readFileSync(0) };
  }
}
