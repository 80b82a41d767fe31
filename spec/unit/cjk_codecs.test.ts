// The CJK codecs (lib/_codec_cjk.py: the stateless ones over vm/modules/cjk_module.ts and the tables
// of lib/_cjk_tables.py, the stateful ones over lib/_codec_iso2022.py) against CPython 3.11's: spec/tools/cjk_check.py prints, per codec, random
// byte strings decoded under four error handlers (errors with their ranges), a sample of code
// points encoded, random text round-tripped and incremental decoding in small chunks. The
// tables themselves were checked against CPython's codecs sequence by sequence when
// compiler/tools/gen_cjk_codecs.py generated them; this checks the runtime that reads them.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { PYSTM, ROOT, hasPython311, runPython } from '../helpers/run';

const run = promisify(execFile);
const CHECK = path.join(ROOT, 'spec', 'tools', 'cjk_check.py');
const GROUPS = [
  ['big5', 'big5hkscs', 'cp950', 'gb2312', 'gbk', 'gb18030'],
  ['cp932', 'euc_jp', 'shift_jis', 'euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213', 'cp949', 'euc_kr', 'johab'],
];
const STATEFUL = ['hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr'];

describe.skipIf(!hasPython311())('CJK codecs equal CPython 3.11\'s', () => {
  it('decoding, errors, encoding and incremental decoding of every stateless codec', async () => {
    const ours = await Promise.all(GROUPS.map((g) => run(PYSTM, [CHECK, '997', ...g], { maxBuffer: 1 << 26, timeout: 280_000 })));
    GROUPS.forEach((g, i) => {
      const theirs = runPython([CHECK, '997', ...g]);
      expect(ours[i].stderr).toBe('');
      expect(ours[i].stdout).toBe(theirs.stdout);
    });
  }, 300_000);
  it('decoding, errors, encoding and incremental coding of every stateful codec', async () => {
    const ours = await run(PYSTM, [CHECK, '997', ...STATEFUL], { maxBuffer: 1 << 26, timeout: 280_000 });
    const theirs = runPython([CHECK, '997', ...STATEFUL]);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(theirs.stdout);
  }, 300_000);
});
