// vm/interp/v8_feedback.ts: PYSTM_EARLY_FEEDBACK=1 sets V8's feedback-allocation budget factor to
// 1 (run()'s feedback vector at once), and nothing else does; bin/pystm.js sets the same string
// before it reads its code cache (V8 checks caches against the flags). Fails if the switch is
// dropped, set by default, or the two strings part.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';
import { allocateFeedbackEarly, EARLY_FEEDBACK_FLAG, setFeedbackFlagSetterForTest } from '../../vm/interp/v8_feedback';

describe('early feedback allocation (opt-in)', () => {
  const seen: string[] = [];
  afterEach(() => { seen.length = 0; });
  it('is off by default and on with PYSTM_EARLY_FEEDBACK=1', () => {
    setFeedbackFlagSetterForTest((f) => seen.push(f));
    expect(allocateFeedbackEarly({})).toBe(false);
    expect(allocateFeedbackEarly({ PYSTM_EARLY_FEEDBACK: '0' })).toBe(false);
    expect(seen).toEqual([]);
    expect(allocateFeedbackEarly({ PYSTM_EARLY_FEEDBACK: '1' })).toBe(true);
    expect(seen).toEqual(['--interrupt-budget-factor-for-feedback-allocation=1']);
  });
  it('bin/pystm.js sets the same flag under the same switch', () => {
    const loader = fs.readFileSync(path.join(ROOT, 'bin', 'pystm.js'), 'utf8');
    expect(loader).toContain(`if (process.env.PYSTM_EARLY_FEEDBACK === '1') require('node:v8').setFlagsFromString('${EARLY_FEEDBACK_FLAG}');`);
  });
});
