// The tokenizer against CPython: `--dump tokens` output (formatTokens) must equal what
// `python3 -m tokenize` prints for every stdlib file, and each tokenizer error must carry
// CPython's message and location. Known, documented differences with the pure-Python tokenize
// module are listed in KNOWN_DIFFERENCES (we follow the C tokenizer, which the parser uses).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenize, TokenType } from '../../compiler/tokenizer';
import { formatTokens } from '../../compiler/tokenizer_dump';
import { decodeSource, sourceEncodingName } from '../../compiler/source';
import { PySyntaxError } from '../../compiler/errors';
import { hasPython311, ROOT } from '../helpers/run';
import { stdlibFiles } from '../helpers/stdlib';

/** Files where the C tokenizer and the tokenize module legitimately disagree. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'lib2to3/tests/data/crlf.py': 'we normalise \\r\\n to \\n before tokenizing, as the C tokenizer does',
  'test/tokenizedata/coding20731.py': 'CRLF line ends, normalised as above',
  'lib2to3/tests/data/py2_test_grammar.py': 'Python 2 octal literal 0777: the C tokenizer rejects it',
  'test/test_unicode_identifiers.py': 'variation selector U+E0100 is XID_Continue (C tokenizer) but not \\w (tokenize module)',
  'test/tokenizedata/badsyntax_3131.py': 'invalid character in identifier: the C tokenizer rejects it',
};

describe.skipIf(!hasPython311())('tokens equal python3 -m tokenize on the stdlib', () => {
  it('every file', () => {
    const files = stdlibFiles();
    const out = execFileSync('python3', [path.join(ROOT, 'spec/tools/tokenize_dump.py')], {
      input: files.join('\n'), encoding: 'utf8', maxBuffer: 2 ** 31 - 1,
    });
    const mismatches: string[] = [];
    let compared = 0;
    for (const line of out.trim().split('\n')) {
      const [file, expected] = JSON.parse(line) as [string, string | null];
      const rel = file.slice(file.indexOf('python3.11/') + 'python3.11/'.length);
      if (expected === null || rel in KNOWN_DIFFERENCES) continue;
      compared++;
      const bytes = fs.readFileSync(file);
      let got: string;
      try {
        got = formatTokens(tokenize(decodeSource(bytes, file), file, { comments: true }), sourceEncodingName(bytes));
      } catch (e) {
        mismatches.push(`${rel}: ${(e as Error).message}`);
        continue;
      }
      if (got !== expected) {
        const a = expected.split('\n');
        const b = got.split('\n');
        const i = a.findIndex((l, k) => l !== b[k]);
        mismatches.push(`${rel}:\n  expected ${a[i]}\n  got      ${b[i]}`);
      }
    }
    expect(compared).toBeGreaterThan(1700);
    expect(mismatches).toEqual([]);
  }, 900_000); // python3's tokenize of 1785 files dominates: 345 s once at load 25 on 2 cores
});

function tokError(src: string): PySyntaxError {
  try {
    tokenize(src, 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no error for ' + JSON.stringify(src));
}

describe('tokenizer errors (values taken from CPython 3.11)', () => {
  const cases: [string, string, string, number, number][] = [
    // source, kind, msg, lineno, offset
    ['x = "abc\n', 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5],
    ['x = 1\ny = """abc\n\n', 'SyntaxError', 'unterminated triple-quoted string literal (detected at line 3)', 2, 5],
    ['x = (1,\n  2,\n', 'SyntaxError', "'(' was never closed", 1, 5],
    ['x = 1)\n', 'SyntaxError', "unmatched ')'", 1, 6],
    ['x = (1, 2]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 10],
    ['x = (1,\n2]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2],
    ['x = 1 \u20ac 2\n', 'SyntaxError', "invalid character '\u20ac' (U+20AC)", 1, 7],
    ['x = 1\u00a0+ 2\n', 'SyntaxError', 'invalid non-printable character U+00A0', 1, 6],
    ['def f():\n\tif 1:\n        return 1\n', 'TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1],
    ['if 1:\n        x = 1\n    y = 2\n', 'IndentationError', 'unindent does not match any outer indentation level', 3, 10],
    ['x = 1 \\ 2\n', 'SyntaxError', 'unexpected character after line continuation character', 1, 8],
    ['x = 012\n', 'SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 5],
    ['x = 1_\n', 'SyntaxError', 'invalid decimal literal', 1, 6],
    ['x = 0x\n', 'SyntaxError', 'invalid hexadecimal literal', 1, 6],
    ['x = 0b2\n', 'SyntaxError', "invalid digit '2' in binary literal", 1, 7],
    ['x = 1abc\n', 'SyntaxError', 'invalid decimal literal', 1, 5],
    ['x = ' + '('.repeat(201) + '1' + ')'.repeat(201) + '\n', 'SyntaxError', 'too many nested parentheses', 1, 205],
  ];
  for (const [src, kind, msg, lineno, offset] of cases) {
    it(msg, () => {
      const e = tokError(src);
      expect([e.kind, e.msg, e.lineno, e.offset]).toEqual([kind, msg, lineno, offset]);
    });
  }
});

describe('token stream details', () => {
  it('byte and code-point columns differ on non-ASCII lines', () => {
    const t = tokenize('s = "é" + x\n', 'x.py').find((k) => k.string === 'x')!;
    expect([t.col, t.col_offset]).toEqual([10, 11]);
  });
  it('NEWLINE, DEDENT and ENDMARKER at EOF without a final newline', () => {
    const types = tokenize('if x:\n    y', 'x.py').map((t) => TokenType[t.type]);
    expect(types).toEqual(['NAME', 'NAME', 'OP', 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
  });
  it('no NEWLINE inside brackets, continuation lines join', () => {
    const types = tokenize('x = (1,\n 2) + \\\n 3\n', 'x.py').map((t) => TokenType[t.type]);
    expect(types.filter((t) => t === 'NEWLINE')).toHaveLength(1);
  });
  it('an empty source is just ENDMARKER', () => {
    expect(tokenize('', 'x.py').map((t) => TokenType[t.type])).toEqual(['ENDMARKER']);
  });
});

describe('source decoding', () => {
  const dec = (b: number[] | string): string => decodeSource(typeof b === 'string' ? Buffer.from(b, 'latin1') : Uint8Array.from(b), 'x.py');
  it('strips a UTF-8 BOM and normalises CRLF', () => {
    expect(dec([0xef, 0xbb, 0xbf, 0x78, 0x0d, 0x0a, 0x79, 0x0d])).toBe('x\ny\n');
  });
  it('honours a latin-1 cookie', () => {
    expect(dec('# coding: latin-1\nx = "\xe9"\n')).toBe('# coding: latin-1\nx = "\u00e9"\n');
  });
  it('rejects invalid UTF-8 with CPython\'s message', () => {
    expect(() => dec('x = 1\ny = "\xff"\n')).toThrow(/^SyntaxError: Non-UTF-8 code starting with '\\xff' in file .*x\.py on line 2, but no encoding declared; see https:\/\/peps\.python\.org\/pep-0263\/ for details/);
  });
  it('unknown encodings and BOM conflicts', () => {
    expect(() => dec('# coding: foobar\n')).toThrow(/encoding problem: foobar/);
    expect(() => dec('\xef\xbb\xbf# coding: latin-1\n')).toThrow(/encoding problem: iso-8859-1 with BOM/);
  });
});
