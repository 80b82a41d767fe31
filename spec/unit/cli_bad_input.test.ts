// Bad input at the command line: syntax, indentation and encoding errors must print exactly what
// CPython 3.11 prints (compared byte for byte with python3 run on the same file), and missing
// files, directories, empty and huge files, deep nesting and bad flags get a clear message and
// CPython's exit status. No case may show a JavaScript stack trace.
import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hasPython311, runPystm, runPython } from '../helpers/run';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-bad-'));
});

function write(name: string, content: string | Buffer): string {
  fs.writeFileSync(path.join(dir, name), content);
  return name;
}

function expectNoJsStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  expect(stderr).not.toMatch(/node:internal|TypeError: Cannot|ReferenceError/);
}

const SYNTAX_CASES: Record<string, string | Buffer> = {
  'invalid_syntax.py': 'if 1:\n    f(a b)\n',
  'missing_block.py': 'def f():\nreturn 1\n',
  'unexpected_indent.py': 'x = 1\n    y = 2\n',
  'unindent_mismatch.py': 'if 1:\n        x = 1\n    y = 2\n',
  'tab_error.py': 'def f():\n\tif 1:\n        return 1\n',
  'unterminated_string.py': 'x = "abc\n',
  'unterminated_triple.py': 'x = 1\ny = """abc\n\n',
  'never_closed.py': 'x = (1,\n  2,\n',
  'unmatched.py': 'x = 1)\n',
  'mismatched.py': 'x = (1, 2]\n',
  'unknown_name_escape.py': 'x = "\\N{foo}"\n',
  'truncated_hex_escape.py': 'x = "\\x4"\n',
  'non_utf8.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xff, 0x22, 0x0a]),
  'invalid_character.py': 'x = 1 \u20ac 2\n',
  'too_many_parens.py': 'x = ' + '('.repeat(201) + '1' + ')'.repeat(201) + '\n',
  'assign_to_literal.py': '1 = x\n',
  'nonlocal_module.py': 'nonlocal x\n',
  'fstring_empty.py': 'x = f"{}"\n',
  'return_outside.py': 'return 5\n',
  'break_outside.py': 'x = 1\nbreak\n',
};

describe.skipIf(!hasPython311())('syntax errors print exactly as CPython 3.11', () => {
  for (const [name, content] of Object.entries(SYNTAX_CASES)) {
    it(name, () => {
      write(name, content);
      const py = runPython([name], { cwd: dir });
      const us = runPystm([name], { cwd: dir });
      expect(py.status).toBe(1);
      expect(us.stderr).toBe(py.stderr);
      expect(us.status).toBe(1);
      expect(us.stdout).toBe('');
    });
  }
});

describe('files that cannot be run', () => {
  it('missing file: CPython message, exit 2', () => {
    const r = runPystm(['no_such_file.py'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`pystm: can't open file '${path.join(dir, 'no_such_file.py')}': [Errno 2] No such file or directory\n`);
  });
  it('directory without __main__.py: exit 1', () => {
    fs.mkdirSync(path.join(dir, 'pkgdir'), { recursive: true });
    const r = runPystm(['pkgdir'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("pystm: can't find '__main__' module in 'pkgdir'\n");
  });
  it('an empty file parses to an empty module', () => {
    write('empty.py', '');
    const r = runPystm(['--dump', 'ast', 'empty.py'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Module(body=[], type_ignores=[])\n');
    expect(r.stderr).toBe('');
  });
  it('a 10 MB file compiles', () => {
    const line = 'value_%d = [%d, "text %d", {"k": %d}]\n';
    let text = '';
    for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += line.replaceAll('%d', String(i));
    write('big.py', text);
    const r = runPystm(['--dump', 'symtable', 'big.py'], { cwd: dir, timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/value_1000/);
    expectNoJsStack(r.stderr);
  }, 120_000);
  it('an expression nested 200 deep parses (as in CPython)', () => {
    write('nest200.py', 'x = ' + '('.repeat(200) + '1' + ')'.repeat(200) + '\n');
    const r = runPystm(['--dump', 'symtable', 'nest200.py'], { cwd: dir });
    expect(r.status).toBe(0);
    expectNoJsStack(r.stderr);
  });
  it('a 100,000-term expression gives a clean error or compiles', () => {
    write('long_sum.py', 'x = ' + Array(100_000).fill('1').join('+') + '\n');
    const r = runPystm(['--dump', 'symtable', 'long_sum.py'], { cwd: dir });
    expectNoJsStack(r.stderr);
    if (r.status !== 0) {
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
    }
  });
  it('100,000 unary minus signs give a clean error or compile', () => {
    write('many_neg.py', 'x = ' + '-'.repeat(100_000) + '1\n');
    const r = runPystm(['--dump', 'symtable', 'many_neg.py'], { cwd: dir });
    expectNoJsStack(r.stderr);
    if (r.status !== 0) expect(r.stderr).toMatch(/^(MemoryError|RecursionError|  File)/);
  });
});

describe('command-line flags', () => {
  it('unknown option: usage, exit 2', () => {
    const r = runPystm(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("unknown option --bogus\nusage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `pystm -h' for more information.\n");
  });
  it('-c without an argument', () => {
    const r = runPystm(['-c']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Argument expected for the -c option');
  });
  it('--workers needs a positive integer', () => {
    const r = runPystm(['--workers', 'two', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("--workers expects an integer >= 1, got 'two'");
  });
  it('--workers past what the heap has slots for: usage, not an internal error', () => {
    const r = runPystm(['--workers', '100000', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("--workers expects an integer <= 63, got '100000'");
  });
  it('-X options are accepted and kept in sys._xoptions, as CPython', () => {
    const r = runPystm(['-X', 'foo', '-Xbar=1', '-c', 'import sys; print(sorted(sys._xoptions.items()))']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("[('bar', '1'), ('foo', True)]\n");
    expect(runPystm(['-X']).stderr.split('\n')[0]).toBe('Argument expected for the -X option');
  });
  it('--dump needs a known stage', () => {
    const r = runPystm(['--dump', 'cfg', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--dump expects one of tokens, ast, symtable, bytecode, got 'cfg'/);
  });
  it('--heap needs a size', () => {
    const r = runPystm(['--heap', 'lots', 'x.py']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^invalid heap size: lots/);
  });
  it('-V and --help', () => {
    expect(runPystm(['-V']).stdout).toMatch(/^pystm \d+\.\d+\.\d+ \(Python 3\.11/);
    const h = runPystm(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/--dump STAGE/);
  });
  it('-m of a missing module', () => {
    const r = runPystm(['-m', 'no_such_module_xyz'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('pystm: No module named no_such_module_xyz\n');
  });
  it('-m sets sys.argv[0] to the module\'s file, as CPython (test_calendar test_help)', () => {
    write('argv_mod_xyz.py', 'import sys\nprint(sys.argv)\n');
    const r = runPystm(['-m', 'argv_mod_xyz', 'a', '-b'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify([fs.realpathSync(path.join(dir, 'argv_mod_xyz.py')), 'a', '-b']).replace(/"/g, "'").replace(/,/g, ', ')}\n`);
  });
  it('-c compiles its argument with filename <string>', () => {
    const r = runPystm(['--dump', 'ast', '-c', 'x = 1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Module\(/);
  });
  it('a syntax error in -c names <string>', () => {
    const r = runPystm(['-c', 'x = = 1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^  File "<string>", line 1\n/);
  });
});
