// Runs CPython's own regression tests (Lib/test/<name>.py of the system python3) under pystm with
// pystm's lib/unittest and lib/test/support, and under python3 for the reference counts, then
// writes bench/results/cpython_tests.json and bench/results/cpython_tests.md.
// Each file runs through bench/cpython_tests/driver.py in its own process with a timeout; the
// driver streams one line per finished test, so a timeout or a VM crash (exit 70) still yields
// the tests that finished, plus the test that was running and the first error line.
// A file that times out is run again without the test that hung (up to 3 times); the hung
// tests count as errors. Files run --jobs at a time; naming some files re-runs only those and
// merges them into the existing results.
// A test that prints nothing for --idle seconds (default 120) counts as hung.
// --modules runs the second list instead (MODULE_TESTS: CPython's tests of the modules and
// builtins of issue 5) into cpython_tests_modules.json; --language the third (more of the language
// and runtime) into cpython_tests_language.json; --all runs all three. The .md shows one
// table per list (whichever JSON files exist), so the default run stays the nine core files.
// --report only rewrites the .md from the JSON files.
//   usage: node bench/cpython_tests/run.mjs [--modules|--language|--all|--report] [--timeout S] [--idle S] [--jobs N] [test_name ...]
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const driver = path.join(here, 'driver.py');
const pystm = path.join(root, 'bin', 'pystm');
const resultsDir = path.join(root, 'bench', 'results');

const DEFAULT_TESTS = [
  'test_grammar', 'test_int', 'test_list', 'test_dict', 'test_set', 'test_string',
  'test_exceptions', 'test_generators', 'test_class',
];

/** CPython's tests of the modules issue 5 lists and of the builtins they lean on. */
const MODULE_TESTS = [
  'test_math', 'test_itertools', 'test_functools', 'test_collections', 'test_heapq', 'test_bisect',
  'test_struct', 'test_json', 'test_copy', 'test_operator', 'test_random', 'test_enum',
  'test_dataclasses', 'test_contextlib', 'test_re', 'test_array', 'test_string_literals',
  'test_abc', 'test_weakref', 'test_time', 'test_bool', 'test_float', 'test_tuple', 'test_range',
  'test_slice', 'test_sort', 'test_unary', 'test_augassign', 'test_scope', 'test_with',
  'test_keywordonlyarg', 'test_unpack', 'test_fstring', 'test_format', 'test_types',
  'test_builtin', 'test_opcodes', 'test_raise', 'test_richcmp', 'test_compare', 'test_contains',
  'test_iter', 'test_genexps', 'test_listcomps', 'test_setcomps', 'test_dictcomps',
  'test_userdict', 'test_userlist', 'test_userstring', 'test_ordered_dict', 'test_defaultdict',
  'test_deque', 'test_statistics', 'test_fractions', 'test_textwrap', 'test_pickle', 'test_memoryview',
  'test_cmath', 'test_complex',
];

/** More of the language and the runtime: syntax errors, pattern matching, except*, descriptors,
 *  isinstance, function attributes, coroutines, and small pure-Python modules (added 2026-12-05). */
const LANGUAGE_TESTS = [
  'test_syntax', 'test_patma', 'test_except_star', 'test_exception_group', 'test_baseexception',
  'test_isinstance', 'test_funcattrs', 'test_global', 'test_descr', 'test_property', 'test_super',
  'test_long', 'test_bytes', 'test_coroutines', 'test_decorators', 'test_dynamic',
  'test_positional_only_arg', 'test_dictviews', 'test_index', 'test_hash', 'test_print',
  'test_extcall', 'test_unpack_ex', 'test_named_expressions', 'test_structseq', 'test_keyword',
  'test_numeric_tower', 'test_typechecks', 'test_reprlib', 'test_copyreg', 'test_weakset',
  'test_pprint', 'test_difflib', 'test_fnmatch', 'test_shlex', 'test_calendar', 'test_type_comments',
];

const LISTS = {
  core: { tests: DEFAULT_TESTS, json: 'cpython_tests.json', title: 'Core files (`npm run test:cpython`)' },
  modules: { tests: MODULE_TESTS, json: 'cpython_tests_modules.json', title: 'Modules of issue 5 (`npm run test:cpython -- --modules`)' },
  language: { tests: LANGUAGE_TESTS, json: 'cpython_tests_language.json', title: 'Language and runtime (`npm run test:cpython -- --language`)' },
};

function parseArgs(argv) {
  const opts = { timeout: 1800, idle: 120, jobs: 3, tests: [], lists: ['core'] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--timeout') opts.timeout = Number(argv[++i]);
    else if (argv[i] === '--idle') opts.idle = Number(argv[++i]);
    else if (argv[i] === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--modules') opts.lists = ['modules'];
    else if (argv[i] === '--language') opts.lists = ['language'];
    else if (argv[i] === '--all') opts.lists = ['core', 'modules', 'language'];
    else if (argv[i] === '--report') opts.report = true;
    else opts.tests.push(argv[i]);
  }
  return opts;
}

/** Which list a named test file belongs to (named files outside the lists go with the modules). */
function listOf(name) {
  if (DEFAULT_TESTS.includes(name)) return 'core';
  return LANGUAGE_TESTS.includes(name) ? 'language' : 'modules';
}

function stdlibDir() {
  try {
    return execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_path('stdlib'))"], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Runs cmd with a timeout (overall, and without any output for idleSec); resolves with stdout,
 *  stderr, exit code and whether it timed out. */
function runProcess(cmd, args, timeoutSec, idleSec = timeoutSec) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = [];
    const err = [];
    let timedOut = false;
    const kill = () => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    };
    let idle = setTimeout(kill, idleSec * 1000);
    child.stdout.on('data', (d) => {
      out.push(d);
      clearTimeout(idle);
      idle = setTimeout(kill, idleSec * 1000);
    });
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(kill, timeoutSec * 1000);
    const started = Date.now();
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(idle);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code, signal, timedOut, seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** Parses the driver's PYSTM-* lines. */
function parseDriverOutput(stdout) {
  const tests = [];
  const placeholders = [];
  const fixtureErrors = [];
  let summary = null;
  let importError = null;
  let running = null;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('PYSTM-START ')) running = line.slice(12);
    else if (line.startsWith('PYSTM-TEST ')) {
      const rest = line.slice(11);
      const sp = rest.indexOf(' ');
      const status = rest.slice(0, sp);
      const [id, message = ''] = rest.slice(sp + 1).split('\t');
      if (status.startsWith('fixture-')) fixtureErrors.push({ status, id, message });
      else {
        tests.push({ id, status, message });
        running = null;
      }
    } else if (line.startsWith('PYSTM-PLACEHOLDER ')) {
      const [name, why] = line.slice(18).split('\t');
      placeholders.push({ name, why });
    } else if (line.startsWith('PYSTM-RESULT ')) summary = JSON.parse(line.slice(13));
    else if (line.startsWith('PYSTM-IMPORT-ERROR ')) importError = line.slice(19);
  }
  return { tests, placeholders, fixtureErrors, summary, importError, running };
}

function firstErrorLine(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const internal = lines.find((l) => /internal error/i.test(l));
  if (internal) return internal;
  const exc = [...lines].reverse().find((l) => /^[A-Za-z_.]*(Error|Exception|Exit|Interrupt)\b/.test(l));
  return exc ?? lines[lines.length - 1] ?? '';
}

function countStatuses(tests) {
  const c = { pass: 0, fail: 0, error: 0, skip: 0 };
  for (const t of tests) c[t.status] = (c[t.status] ?? 0) + 1;
  return c;
}

/** The most common first error lines among failing tests (numbers and reprs folded). */
function topReasons(tests, n = 8) {
  const counts = new Map();
  for (const t of tests) {
    if (t.status !== 'fail' && t.status !== 'error') continue;
    const key = t.message.replace(/'[^']*'/g, "'…'").replace(/\b\d+\b/g, 'N').slice(0, 140);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([reason, count]) => ({ reason, count }));
}

async function runOne(name, stdlib, timeout, idle) {
  const isPackage = fs.existsSync(path.join(stdlib, 'test', name, '__init__.py'));
  const entry = { file: isPackage ? `Lib/test/${name}/` : `Lib/test/${name}.py` };
  const file = path.join(stdlib, 'test', `${name}.py`);
  if (!isPackage && !fs.existsSync(file)) return { ...entry, status: 'missing' };

  const ref = await runProcess('python3', [driver, name, stdlib], timeout);
  const refParsed = parseDriverOutput(ref.stdout);
  entry.cpython = refParsed.summary ?? { error: firstErrorLine(ref.stderr) };
  entry.cpython_seconds = ref.seconds;

  const hung = [];
  let res = await runProcess(pystm, [driver, name, stdlib], timeout, idle);
  let parsed = parseDriverOutput(res.stdout);
  while (res.timedOut && parsed.running && hung.length < 3) {
    hung.push(parsed.running);
    res = await runProcess(pystm, [driver, name, stdlib, ...hung], timeout, idle);
    parsed = parseDriverOutput(res.stdout);
  }
  entry.hung_tests = hung;
  const c = countStatuses(parsed.tests);
  entry.seconds = res.seconds;
  entry.exit_code = res.code;
  entry.placeholders = parsed.placeholders;
  entry.fixture_errors = parsed.fixtureErrors;
  entry.tests_finished = parsed.tests.length;
  entry.passed = c.pass;
  entry.failed = c.fail;
  entry.errors = c.error;
  entry.skipped = c.skip;
  entry.run = parsed.summary ? parsed.summary.run + hung.length : parsed.tests.length;
  if (parsed.importError !== null) {
    entry.status = 'import-error';
    entry.first_error = parsed.importError;
  } else if (res.timedOut) {
    entry.status = 'timeout';
    entry.first_error = `timed out (${timeout}s overall, or ${idle}s without a finished test)` + (parsed.running ? ` while running ${parsed.running}` : '');
  } else if (res.code === 70) {
    entry.status = 'vm-crash';
    entry.first_error = firstErrorLine(res.stderr) + (parsed.running ? ` (while running ${parsed.running})` : '');
  } else if (parsed.summary === null) {
    entry.status = 'died';
    entry.first_error = `exit ${res.code}${res.signal ? ` (${res.signal})` : ''}: ${firstErrorLine(res.stderr)}` +
      (parsed.running ? ` (while running ${parsed.running})` : '');
  } else entry.status = 'completed';
  const total = typeof entry.cpython.run === 'number' ? entry.cpython.run : null;
  entry.pass_rate = total ? entry.passed / total : null;
  entry.top_failure_reasons = topReasons(parsed.tests);
  entry.tests = parsed.tests;
  return entry;
}

function pct(x) {
  return x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)}%`;
}

function markdown(tables, stdlib) {
  const lines = [
    '# CPython regression tests under pystm',
    '',
    `Generated by \`npm run test:cpython\` (bench/cpython_tests/run.mjs) from ${stdlib}/test, with`,
    "pystm's own lib/unittest and lib/test/support. *CPython tests* is the number python3 runs with",
    'the same driver (its own unittest and test.support); *pass rate* = pystm passed / CPython tests.',
    'A test counts once, under its worst outcome (subtest failures fail the test); expected failures',
    'count as passed. Modules marked as placeholders were unavailable on pystm and replaced by a',
    'stand-in that raises ImportError on use, so only the tests using them error.',
    '',
  ];
  for (const t of tables) lines.push(...tableMarkdown(t.title, t.generated, t.results));
  return lines.join('\n');
}

function tableMarkdown(title, generated, results) {
  const lines = [
    `## ${title}`,
    '',
    `Run ${generated}.`,
    '',
    '| file | CPython tests | pystm run | passed | failed | errors | skipped | pass rate | status |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  let tot = { cpy: 0, run: 0, pass: 0 };
  for (const r of results) {
    const cpy = typeof r.cpython?.run === 'number' ? r.cpython.run : '?';
    if (typeof cpy === 'number') tot.cpy += cpy;
    tot.run += r.run ?? 0;
    tot.pass += r.passed ?? 0;
    const status = r.status === 'completed' ? 'completed' : `**${r.status}**: ${String(r.first_error ?? '').replace(/\|/g, '\\|')}`;
    lines.push(`| ${r.file} | ${cpy} | ${r.run ?? 0} | ${r.passed ?? 0} | ${r.failed ?? 0} | ${r.errors ?? 0} | ${r.skipped ?? 0} | ${pct(r.pass_rate)} | ${status} |`);
  }
  lines.push(`| **total** | ${tot.cpy} | ${tot.run} | ${tot.pass} | | | | ${pct(tot.cpy ? tot.pass / tot.cpy : null)} | |`);
  lines.push('', `### Placeholders and top failure reasons per file (${title.replace(/ \(.*/, '')})`, '');
  for (const r of results) {
    lines.push(`#### ${r.file}`, '');
    if (r.placeholders?.length) lines.push(`Placeholders: ${r.placeholders.map((p) => `\`${p.name}\` (${p.why})`).join(', ')}`, '');
    if (r.hung_tests?.length) lines.push(`Hung (timed out, counted as errors, excluded from the next attempt): ${r.hung_tests.map((h) => `\`${h}\``).join(', ')}`, '');
    if (r.fixture_errors?.length) lines.push(`Fixture errors: ${r.fixture_errors.map((f) => `${f.id}: ${f.message}`).join('; ')}`, '');
    for (const t of r.top_failure_reasons ?? []) lines.push(`- ${t.count} × \`${t.reason.replace(/`/g, "'")}\``);
    lines.push('');
  }
  return lines;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stdlib = stdlibDir();
  if (stdlib === null) {
    console.log('python3 is not available: nothing to run (the CPython test files come from its stdlib)');
    return;
  }
  const named = opts.tests.length > 0;
  const todo = opts.report ? [] : named ? opts.tests.map((name) => ({ name, list: listOf(name) }))
    : opts.lists.flatMap((list) => LISTS[list].tests.map((name) => ({ name, list })));
  const results = new Array(todo.length);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const index = next++;
      const name = todo[index].name;
      const r = await runOne(name, stdlib, opts.timeout, opts.idle);
      results[index] = r;
      report(name, r);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, todo.length) }, worker));
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const list of Object.keys(LISTS)) {
    const mine = results.filter((r, i) => todo[i].list === list);
    if (mine.length === 0) continue;
    const jsonFile = path.join(resultsDir, LISTS[list].json);
    let merged = mine;
    if (named && fs.existsSync(jsonFile)) {
      const old = JSON.parse(fs.readFileSync(jsonFile, 'utf8')).results ?? [];
      merged = old.map((o) => mine.find((r) => r.file === o.file) ?? o);
      for (const r of mine) if (!merged.includes(r)) merged.push(r);
    }
    const json = { generated: new Date().toISOString(), stdlib, results: merged };
    fs.writeFileSync(jsonFile, JSON.stringify(json, null, 1) + '\n');
  }
  const tables = [];
  for (const list of Object.keys(LISTS)) {
    const jsonFile = path.join(resultsDir, LISTS[list].json);
    if (!fs.existsSync(jsonFile)) continue;
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    tables.push({ title: LISTS[list].title, generated: json.generated, results: json.results ?? [] });
  }
  fs.writeFileSync(path.join(resultsDir, 'cpython_tests.md'), markdown(tables, stdlib) + '\n');
}

function report(name, r) {
    console.log(`${name}: ${r.status}, ${r.passed ?? 0}/${r.cpython?.run ?? '?'} passed (${pct(r.pass_rate)}), ` +
      `run ${r.run ?? 0}, failed ${r.failed ?? 0}, errors ${r.errors ?? 0}, skipped ${r.skipped ?? 0}, ${r.seconds?.toFixed(1)}s` +
      (r.first_error ? ` — ${r.first_error}` : ''));
}

await main();
