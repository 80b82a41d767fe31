// vm/cli/thread_scan.ts: whether a program may start guest threads, read from its source and from
// the source of the local modules it imports (transitively), before any of it runs. The launchers
// (bin/pystm, bin/pystm.js) run a program whose main script names no threading module on the
// barrier-free bundle (dist/pystm-st.js, as --single-threaded): a program without threads has
// nothing for the STM barriers to do, and they cost it 3-8% (vm/NOTES.md "Lead, 2026-12-08").
// The launchers look at the main script only; this file follows its imports of modules beside
// it (and on PYTHONPATH), so that `from myapp import main` whose myapp starts threads still gets
// the parallel build (main.ts starts it again with --workers). A module named only at run time
// (importlib.import_module('thr' + 'eading')) is not seen: its threads run interleaved on one
// worker, correctly but not in parallel (`--workers N` says which build to use).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The modules through which a program starts threads or pool jobs (the launchers' grep uses
 *  the same names, bin/pystm and bin/pystm.js THREAD_WORDS). */
export const THREAD_WORDS = /\b(?:threading|_thread|concurrent|pystm_workers)\b/;

/** `import a.b, c as d` and `from .x.y import p, q` (or a parenthesized list over several lines):
 *  group 1 the from-module, 2 or 3 its names, 4 an import's list. */
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]*(?:\(([^)]*)\)|([^\n#;]*))|import[ \t]+([^\n#;]+))/gm;

/** Past this many local files, assume threads (the scan stays bounded; the parallel build runs
 *  every program correctly). */
const MAX_FILES = 400;

function readIfFile(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The local files a dotted module name may be, under `dir`: a.py, a/__init__.py, a/b.py, ... */
function candidates(dir: string, dotted: string, out: string[]): void {
  let d = dir;
  for (const part of dotted.split('.')) {
    if (part === '') return;
    out.push(path.join(d, part + '.py'), path.join(d, part, '__init__.py'));
    d = path.join(d, part);
  }
}

/**
 * True when `source` (the program's main script, from `scriptDir`; null for -c code) or a
 * module it imports from its own directory or PYTHONPATH names a threading module.
 */
export function mayStartThreads(source: string, scriptDir: string | null, env: NodeJS.ProcessEnv): boolean {
  const roots = [scriptDir ?? process.cwd(), ...(env.PYTHONPATH ?? '').split(path.delimiter).filter((p) => p !== '')];
  const seen = new Set<string>();
  let read = 0;
  const queue: Array<{ text: string; dir: string }> = [{ text: source, dir: roots[0] }];
  while (queue.length > 0) {
    const { text, dir } = queue.pop()!;
    if (THREAD_WORDS.test(text)) return true;
    const files: string[] = [];
    for (const m of text.matchAll(IMPORT_LINE)) {
      if (m[4] !== undefined) {
        for (const item of m[4].split(',')) {
          const name = item.trim().split(/\s+/)[0];
          for (const r of roots) candidates(r, name, files);
        }
        continue;
      }
      // from X import a, b: X itself, and X.a, X.b (submodules); a relative X from `dir`
      const from = m[1];
      const dots = /^\.*/.exec(from)![0].length;
      const rest = from.slice(dots);
      let bases = roots;
      if (dots > 0) {
        let d = dir;
        for (let k = 1; k < dots; k++) d = path.dirname(d);
        bases = [d];
      }
      const names = (m[2] ?? m[3]).replace(/#[^\n]*/g, '').split(',').map((s) => s.trim().split(/\s+/)[0]).filter((s) => /^\w+$/.test(s));
      for (const b of bases) {
        if (rest !== '') candidates(b, rest, files);
        for (const n of names) candidates(b, rest === '' ? n : `${rest}.${n}`, files);
      }
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const t = readIfFile(file);
      if (t === null) continue;
      if (++read > MAX_FILES) return true;
      queue.push({ text: t, dir: path.dirname(file) });
    }
  }
  return false;
}
