// Done-criterion of the parser: for every stdlib file CPython parses, our AST dumped as
// ast.dump(tree, include_attributes=True) equals CPython's byte for byte (nodes, fields,
// positions in UTF-8 byte columns). Files CPython cannot parse (Python 2 test data) are skipped;
// there is no list of known differences.
import { describe, expect, it } from 'vitest';
import { hasPython311 } from '../helpers/run';
import { stdlibFiles } from '../helpers/stdlib';
import { compareAsts } from '../helpers/ast_compare';
import * as fs from 'node:fs';

describe.skipIf(!hasPython311())('AST equals CPython on the stdlib', () => {
  const files = hasPython311() ? stdlibFiles() : [];
  const SHARDS = 4;
  for (let k = 0; k < SHARDS; k++) {
    it(`shard ${k + 1}/${SHARDS}`, () => {
      const r = compareAsts(files.filter((_, i) => i % SHARDS === k));
      expect(r.compared).toBeGreaterThan(400);
      expect(r.mismatches).toEqual([]);
    }, 600_000);
  }
});

// ast.parse(type_comments=True): the stdlib files that have `# type:` comments (type comments
// placed, `# type: ignore` listed, a misplaced one a SyntaxError at CPython's place)
describe.skipIf(!hasPython311())('AST with type comments equals CPython on the stdlib', () => {
  it('every file with a "# type:" comment', () => {
    const files = (hasPython311() ? stdlibFiles() : []).filter((f) => /#[ \t]*type:/.test(fs.readFileSync(f, 'latin1')));
    const r = compareAsts(files, 20, true);
    expect(r.compared).toBeGreaterThan(15); // 22 files of 3.11.7's Lib (pip's 981 in site-packages agreed too, 2026-12-05)
    expect(r.mismatches).toEqual([]);
  }, 600_000);
});
