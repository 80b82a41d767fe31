// Shared by the unicodedata tests (spec/unit/unicodedata*.test.ts): running a python3 script for
// its output, comparing its lines with ours per code point, and the normal forms' names.
import { execFileSync } from 'node:child_process';
import type { NormalForm } from '../../vm/modules/unicodedata_normalize';

export function python(code: string): string {
  return execFileSync('python3', ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 29 });
}

export const FORMS: NormalForm[] = ['NFC', 'NFD', 'NFKC', 'NFKD'];

export const hex = (cps: readonly number[]): string => cps.map((c) => c.toString(16)).join(' ');

/** Where ours and CPython's lines differ (the first 20). */
export function compareLines(theirs: string, ours: (i: number) => string): string[] {
  const lines = theirs.split('\n');
  const diff: string[] = [];
  for (let i = 0; i < lines.length && diff.length < 20; i++) {
    const mine = ours(i);
    if (mine !== lines[i]) diff.push(`line ${i}: ours ${mine} | CPython ${lines[i]}`);
  }
  return diff;
}
