// vm/interp/quicken.ts on real compiled code: the superinstructions leave every operand as it was,
// and a JUMP_FORWARD whose target is a loop's JUMP_BACKWARD (the end of an `if` at the end of a
// loop body) becomes that JUMP_BACKWARD in run()'s words (jump threading: one dispatch fewer per
// iteration), one to a RETURN_VALUE a Q_JUMP_RETURN, and one to other JUMP_FORWARDs a jump to
// where they end. spec/programs/control_flow/loop_end_jumps.py runs such code.
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile';
import { isCodeObject, type CodeObject } from '../../compiler/code';
import { op } from '../../vm/opcodes';
import { quicken, Q_BINARY_OP_PAIR, Q_JUMP_RETURN, Q_LOAD_FAST_LOAD_ATTR, Q_LOAD_FAST_LOAD_METHOD, Q_LOAD_FAST_STORE_ATTR, Q_STORE_FAST_LOAD_FAST } from '../../vm/interp/quicken';

const JUMP_FORWARD = op('JUMP_FORWARD'), JUMP_BACKWARD = op('JUMP_BACKWARD'), RETURN_VALUE = op('RETURN_VALUE');
const BINARY_OP = op('BINARY_OP');
const LOAD_FAST = op('LOAD_FAST'), STORE_FAST = op('STORE_FAST'), COPY = op('COPY'), LOAD_ATTR = op('LOAD_ATTR');
const LOAD_METHOD = op('LOAD_METHOD'), STORE_ATTR = op('STORE_ATTR');

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

describe('quicken: attribute operations on a local', () => {
  it('does `o.x += v` COPY 1 + LOAD_ATTR as the fused load of the local the LOAD_FAST before it pushed', () => {
    // richards' `self.count -= 1`, `cur.state |= HELD`; spec/programs/classes/attr_augassign_sites.py
    const words = fn('def f(a, o, v):\n    o.x += v\n    o.y.z += 1\n', 'f').code;
    const q = quicken(words);
    const copies = [];
    for (let i = 1; i + 1 < words.length; i++) {
      if ((words[i] & 0xff) !== COPY) continue;
      copies.push(i);
      const afterLocal = (words[i - 1] & 0xff) === LOAD_FAST;
      // `o.x`: the local's operand (o is local 1) and the fused opcode; `o.y.z`: the COPY of an
      // attribute's value stays as it was
      expect(q[i]).toBe(afterLocal ? ((words[i - 1] >>> 8) << 8) | Q_LOAD_FAST_LOAD_ATTR : words[i]);
      if (afterLocal) expect(q[i] >>> 8).toBe(1);
      expect(q[i + 1]).toBe(words[i + 1]); // the LOAD_ATTR stays (its name and cache entry)
    }
    expect(copies.length).toBe(2);
    expect(fn('def f(a, o, v):\n    o.x += v\n    o.y.z += 1\n', 'f').code).toEqual(words);
  });

  it('leaves a COPY 1 that a jump or a handler goes to as it was', () => {
    const w = (o: number, a: number): number => (a << 8) | o;
    // LOAD_FAST 0; COPY 1; LOAD_ATTR 0; POP_TOP...; a JUMP_BACKWARD to the COPY
    const words = Int32Array.from([w(LOAD_FAST, 0), w(COPY, 1), w(LOAD_ATTR, 0), w(op('POP_TOP'), 0), w(op('JUMP_BACKWARD'), 1)]);
    expect(quicken(words)[1]).toBe(words[1]);
    const plain = Int32Array.from([w(LOAD_FAST, 0), w(COPY, 1), w(LOAD_ATTR, 0), w(op('RETURN_VALUE'), 0)]);
    expect(quicken(plain)[1]).toBe(w(Q_LOAD_FAST_LOAD_ATTR, 0));
    // an exception table entry [start, end, target, depth, lasti] whose handler is the COPY
    expect(quicken(plain, Int32Array.from([0, 1, 1, 0, 0]))[1]).toBe(plain[1]);
  });

  it('fuses a LOAD_FAST after a STORE_FAST with the attribute operation after it, not with the STORE_FAST', () => {
    // deltablue's `determining = v.determined_by` then `v.constraints`, `mark = ...; c.satisfy(mark)`
    const words = fn('def g(v, c):\n    d = v.a\n    e = v.b\n    m = c.m()\n    c.x = m\n    n = d\n    return n + e\n', 'g').code;
    const q = quicken(words);
    let attrs = 0;
    for (let i = 0; i + 2 < words.length; i++) {
      if ((words[i] & 0xff) !== STORE_FAST || (words[i + 1] & 0xff) !== LOAD_FAST) continue;
      const next = words[i + 2] & 0xff;
      const takes = next === LOAD_ATTR || next === STORE_ATTR || next === LOAD_METHOD;
      expect(q[i] & 0xff).toBe(takes ? STORE_FAST : Q_STORE_FAST_LOAD_FAST);
      if (takes) {
        attrs++;
        expect(q[i + 1] & 0xff).toBe(next === LOAD_ATTR ? Q_LOAD_FAST_LOAD_ATTR : next === STORE_ATTR ? Q_LOAD_FAST_STORE_ATTR : Q_LOAD_FAST_LOAD_METHOD);
      }
    }
    expect(attrs).toBe(2); // `d = v.a` then `v.b`, `e = ...` then `c.m()` (`m = ...` then `c.x = m` loads m first)
  });
});
