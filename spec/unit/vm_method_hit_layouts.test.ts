// run()'s inline LOAD_METHOD hit (Q_LOAD_FAST_LOAD_METHOD in vm/interp/loop.ts) accepts the
// layouts from L_INSTANCE to L_SET by one unsigned range compare and reads the class at payload
// word 0 and the __dict__ at word 1 of each. This checks that the range holds exactly instance,
// exception, list, dict and set, and that each of them keeps a class word (layouts.ts
// CLASS_WORD): a layout inserted into the range, or one losing its class word, fails here.
import { describe, expect, it } from 'vitest';
import { CLASS_WORD, L_DICT, L_EXCEPTION, L_INSTANCE, L_LIST, L_MODULE, L_SET, L_TYPE } from '../../vm/runtime/layouts';

describe('inline method-hit layouts', () => {
  it('L_INSTANCE..L_SET are the five layouts with [class, __dict__] first', () => {
    const range: number[] = [];
    for (let l = L_INSTANCE; l <= L_SET; l++) range.push(l);
    expect(range).toEqual([L_INSTANCE, L_EXCEPTION, L_LIST, L_DICT, L_SET]);
    for (const l of range) expect(CLASS_WORD[l]).toBe(1);
  });
  it('types and modules (whose methods cachedMethod never caches) are outside the range', () => {
    for (const l of [L_TYPE, L_MODULE]) expect((l - L_INSTANCE) >>> 0 <= L_SET - L_INSTANCE).toBe(false);
  });
});
