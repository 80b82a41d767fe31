// Done-criterion of the parser: for every stdlib file CPython parses, our AST dumped as
// ast.dump(tree, include_attributes=True) equals CPython's byte for byte (nodes, fields,
// positions in UTF-8 byte columns). Files CPython cannot parse (Python 2 test data) are skipped;
// there is no list of known differences.
import { describe, expect, it } from 'vitest';
import { hasPython311 } from '../helpers/run';
import { stdlibFiles } from '../helpers/stdlib';
import { compareAsts } from '../helpers/ast_compare';

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
