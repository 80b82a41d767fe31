// Compares two results files of run.mjs (e.g. a run at main and one on a branch) file by file:
// CPython tests, passed before and after, pass rates, status, and the top failure reasons after.
// Writes markdown to stdout.
//   usage: node bench/cpython_tests/compare.mjs BEFORE.json AFTER.json [title]
import * as fs from 'node:fs';

const [beforeFile, afterFile, title = 'Before and after'] = process.argv.slice(2);
const before = JSON.parse(fs.readFileSync(beforeFile, 'utf8'));
const after = JSON.parse(fs.readFileSync(afterFile, 'utf8'));
const pct = (x) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const byFile = new Map(before.results.map((r) => [r.file, r]));
const status = (r) => (r === undefined ? '–' : r.status === 'completed' ? 'ok' : r.status);
const lines = [
  `## ${title}`, '',
  `Before: run ${before.generated}; after: run ${after.generated}.`, '',
  '| file | CPython tests | passed before | passed after | rate before | rate after | status before → after | top failure reasons after |',
  '|---|---:|---:|---:|---:|---:|---|---|',
];
let tc = 0; let tb = 0; let ta = 0;
for (const a of after.results) {
  const b = byFile.get(a.file);
  const cpy = typeof a.cpython?.run === 'number' ? a.cpython.run : null;
  if (cpy !== null) tc += cpy;
  tb += b?.passed ?? 0;
  ta += a.passed ?? 0;
  const reasons = (a.top_failure_reasons ?? []).slice(0, 3).map((t) => `${t.count}× ${t.reason.slice(0, 70).replace(/\|/g, '\\|').replace(/`/g, "'")}`).join('; ');
  const hung = a.hung_tests?.length ? `hung: ${a.hung_tests.map((h) => h.split('.').pop()).join(', ')}; ` : '';
  lines.push(`| ${a.file} | ${cpy ?? '?'} | ${b?.passed ?? '–'} | ${a.passed ?? 0} | ${pct(b?.pass_rate)} | ${pct(a.pass_rate)} | ${status(b)} → ${status(a)} | ${hung}${reasons} |`);
}
lines.push(`| **total** | ${tc} | ${tb} | ${ta} | ${pct(tc ? tb / tc : null)} | ${pct(tc ? ta / tc : null)} | | |`);
console.log(lines.join('\n'));
