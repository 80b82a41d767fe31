// The interpreter's optimization level, CPython's -O/-OO and PYTHONOPTIMIZE: 1 makes __debug__
// False and drops asserts, 2 (or more) drops docstrings too, in every module compiled (imports,
// the main program, exec/eval/compile() with the default optimize=-1). main.ts puts the level
// in PYTHONOPTIMIZE, which every worker reads the same way; sys.flags.optimize shows it.

let level: number | undefined;

/** CPython's reading of PYTHONOPTIMIZE: an integer is the level, any other non-empty string 1. */
export function optimizeLevelFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const n = /^\s*[+-]?\d+\s*$/.test(value) ? parseInt(value, 10) : 1;
  return n > 0 ? n : 0;
}

export function optimizeLevel(): number {
  if (level === undefined) level = optimizeLevelFromEnv(process.env.PYTHONOPTIMIZE);
  return level;
}
