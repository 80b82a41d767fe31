// Compares our parser's AST with CPython's, file by file, through ast.dump(include_attributes)
// text: sha1 first (one python3 process for all files), the full dumps only for mismatches.
// `typeComments`: both parse with type comments (ast.parse(type_comments=True)); a file that only
// fails with them compares as its SyntaxError's message and location.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile } from '../../compiler/parser';
import { dumpAst } from '../../compiler/astdump';
import { PySyntaxError } from '../../compiler/errors';
import { ROOT } from './run';

export interface AstComparison {
  compared: number;
  skipped: number;
  mismatches: string[];
}

function cpython(files: string[], full: boolean, typeComments: boolean): [string, string | null][] {
  const out = execFileSync('python3', [path.join(ROOT, 'spec/tools/ast_dump_stdlib.py'), ...(full ? ['--full'] : []), ...(typeComments ? ['--type-comments'] : [])], {
    input: files.join('\n'), encoding: 'utf8', maxBuffer: 2 ** 31 - 1,
  });
  return out.trim().split('\n').filter((l) => l).map((l) => JSON.parse(l) as [string, string | null]);
}

function ourDump(file: string, typeComments: boolean): string {
  if (!typeComments) return dumpAst(parseFile(fs.readFileSync(file), file), { includeAttributes: true });
  try {
    return dumpAst(parseFile(fs.readFileSync(file), file, 'exec', true), { includeAttributes: true });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return `SyntaxError ${e.msg} ${e.lineno} ${e.offset}`;
  }
}

export function compareAsts(files: string[], maxDetails = 20, typeComments = false): AstComparison {
  const result: AstComparison = { compared: 0, skipped: 0, mismatches: [] };
  const bad: string[] = [];
  for (const [file, hash] of cpython(files, false, typeComments)) {
    if (hash === null) { result.skipped++; continue; }
    result.compared++;
    let ours: string;
    try {
      ours = ourDump(file, typeComments);
    } catch (e) {
      result.mismatches.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    if (createHash('sha1').update(ours, 'utf8').digest('hex') !== hash) bad.push(file);
  }
  for (const [file, theirs] of cpython(bad.slice(0, maxDetails), true, typeComments)) {
    const ours = ourDump(file, typeComments);
    let i = 0;
    while (i < ours.length && ours[i] === theirs![i]) i++;
    result.mismatches.push(`${file} @${i}:\n  cpython: …${theirs!.slice(Math.max(0, i - 120), i + 80)}\n  pystm:   …${ours.slice(Math.max(0, i - 120), i + 80)}`);
  }
  for (const file of bad.slice(maxDetails)) result.mismatches.push(file);
  return result;
}
