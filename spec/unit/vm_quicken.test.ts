// vm/interp/quicken.ts on real compiled code: the superinstructions leave every operand as it was,
// and a JUMP_FORWARD whose target is a loop's JUMP_BACKWARD (the end of an `if` at the end of a
// loop body) becomes that JUMP_BACKWARD in run()'s words (jump threading: one dispatch fewer per
// iteration), one to a RETURN_VALUE a Q_JUMP_RETURN, and one to other JUMP_FORWARDs a jump to
// where they end. spec/programs/control_flow/loop_end_jumps.py runs such code.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile';
import { isCodeObject, type CodeObject } from '../../compiler/code';
import { op } from '../../vm/opcodes';
import { quicken, Q_BINARY_OP_PAIR, Q_JUMP_RETURN } from '../../vm/interp/quicken';

const JUMP_FORWARD = op('JUMP_FORWARD'), JUMP_BACKWARD = op('JUMP_BACKWARD'), RETURN_VALUE = op('RETURN_VALUE');
const BINARY_OP = op('BINARY_OP');

function fn(src: string, name: string): CodeObject {
  const mod = compile(src, '<test>');
  const c = mod.consts.find((x) => isCodeObject(x) && x.name === name);
  if (!c || !isCodeObject(c)) throw new Error(`no ${name}`);
  return c;
}

const LOOP = `
def f(xs):
    a = b = 0
    for x in xs:
        if x == 1:
            a += 1
        elif x == 2:
            b += 1
        else:
            if x > 5:
                a -= 1
            else:
                b -= 1
    return a, b
`;

describe('quicken: jump threading', () => {
  it('turns a forward jump to a loop back jump into that back jump', () => {
    const words = fn(LOOP, 'f').code;
    const q = quicken(words);
    let threaded = 0;
    for (let i = 0; i < words.length; i++) {
      if ((words[i] & 0xff) !== JUMP_FORWARD) continue;
      let t = words[i] >>> 8;
      while ((words[t] & 0xff) === JUMP_FORWARD) t = words[t] >>> 8;
      if ((words[t] & 0xff) === JUMP_BACKWARD) {
        expect(q[i]).toBe(words[t]); // the same word: JUMP_BACKWARD to the loop's head
        threaded++;
      }
    }
    expect(threaded).toBeGreaterThanOrEqual(2);
    // the code object's own words are untouched (the disassembler, --trace and the JIT read them)
    expect(words.some((w, i) => w !== q[i])).toBe(true);
    expect(fn(LOOP, 'f').code).toEqual(words);
  });

  it('turns a forward jump to a return into Q_JUMP_RETURN at that return', () => {
    const words = fn('def g(c, a, b):\n    return a if c else b\n', 'g').code;
    const q = quicken(words);
    const i = words.findIndex((w) => (w & 0xff) === JUMP_FORWARD);
    expect(i).toBeGreaterThan(0);
    const t = words[i] >>> 8;
    expect(words[t] & 0xff).toBe(RETURN_VALUE);
    expect(q[i]).toBe((t << 8) | Q_JUMP_RETURN);
  });

  it('leaves every other word’s operand as it was', () => {
    const words = fn(LOOP, 'f').code;
    const q = quicken(words);
    for (let i = 0; i < words.length; i++) {
      if ((words[i] & 0xff) !== JUMP_FORWARD) expect(q[i] >>> 8).toBe(words[i] >>> 8);
    }
  });
});

describe('quicken: BINARY_OP pairs', () => {
  it('fuses a BINARY_OP with the BINARY_OP right after it, operands unchanged', () => {
    // c - a * b: MUL then SUB; c -= a ** b: POW then ISUB; (a + b) * c: no pair (a load between)
    const words = fn('def h(a, b, c, d):\n    d -= a ** b\n    return c - a * b, (a + b) * c\n', 'h').code;
    const q = quicken(words);
    const pairs: number[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      const fused = (words[i] & 0xff) === BINARY_OP && (words[i + 1] & 0xff) === BINARY_OP;
      if (fused) pairs.push(i);
      expect((q[i] & 0xff) === Q_BINARY_OP_PAIR).toBe(fused);
      expect(q[i] >>> 8).toBe(words[i] >>> 8);
    }
    expect(pairs.length).toBe(2);
    expect(q[pairs[0] + 1]).toBe(words[pairs[0] + 1]); // the second word stays (run() reads its operand)
  });
});
