// Randomized GC test: builds random object graphs (random sizes including large objects, random
// numbers of traced words, raw data, cycles, sharing, old and young objects), mutates them, runs
// minor and major collections at random safe points, and after each collection checks the graph
// reachable from the roots against a JS-side model, object by object and edge by edge (sharing
// must be preserved: one model object = one heap object). Prints the seed on failure; rerun one
// seed with STMGC_SEED=<n>.
import { describe, expect, it } from 'vitest';
import {
  SCAN_ALL, addRoot, allocate, allocateOld, attachHeap, collectAtSafePoint, collectGarbage, createHeap, getRoot, mem,
  objectType, readStats, removeRoot, scanWords, setRoot, storeField, tagInt, untagInt, verifyHeap,
} from '../../stmgc/index';

const FIRST_TYPE = 30;

/** A model object: its traced fields (model ids, small ints as {int}, or null) and raw words. */
interface ModelObj { id: number; type: number; fields: Field[]; raw: number[] }
type Field = number | { int: number } | null;

class Rng {
  constructor(private s: number) {}
  next(): number { this.s = (Math.imul(this.s ^ (this.s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0; return (this.s >>> 0) / 2 ** 32; }
  int(n: number): number { return Math.floor(this.next() * n); }
}

function runSeed(seed: number, steps: number): void {
  const rng = new Rng(seed);
  attachHeap(createHeap({ heapBytes: 32 << 20, maxWorkers: 1, nurseryBytes: 256 * 1024, rootSlots: 64 }), 0);
  const model = new Map<number, ModelObj>();
  const refOf = new Map<number, number>(); // model id -> heap ref, valid until the next collection
  const roots: Array<{ slot: number; id: number | null }> = [];
  let nextId = 1;

  const newObject = (): number => {
    const large = rng.int(40) === 0;
    const payload = large ? 1100 + rng.int(3000) : 1 + rng.int(rng.int(4) === 0 ? 200 : 12);
    // a traced prefix (all, or a part), then raw words; the last raw word is the id
    const scan = rng.int(3) === 0 ? SCAN_ALL : Math.min(payload - 1, rng.int(31));
    // SCAN_ALL traces every payload word, including the padding word of an odd payload
    const nScan = scan === SCAN_ALL ? ((payload + 3) & ~1) - 2 : scan;
    const id = nextId++;
    const old = rng.int(10) === 0;
    const type = FIRST_TYPE + rng.int(50);
    const ref = old ? allocateOld(type, payload, scan) : allocate(type, payload, scan);
    if (ref === 0) throw new Error('unexpected out of memory');
    const o: ModelObj = { id, type, fields: new Array<Field>(nScan).fill(null), raw: [] };
    for (let i = nScan; i < payload; i++) {
      const v = i === payload - 1 ? id : (rng.int(2 ** 31) & ~1); // raw words that look like refs
      o.raw.push(v);
      mem[ref + 2 + i] = v;
    }
    model.set(id, o);
    refOf.set(id, ref);
    return id;
  };

  const anyLive = (): number | null => {
    if (refOf.size === 0) return null;
    const k = rng.int(refOf.size);
    let i = 0;
    for (const id of refOf.keys()) if (i++ === k) return id;
    return null;
  };

  const setField = (id: number, i: number, f: Field): void => {
    model.get(id)!.fields[i] = f;
    const v = f === null ? 0 : typeof f === 'number' ? refOf.get(f)! : tagInt(f.int);
    storeField(refOf.get(id)!, i, v);
  };

  /** Walks heap and model from the roots together; rebuilds refOf; drops unreachable model objects. */
  const check = (label: string): void => {
    refOf.clear();
    const idOfRef = new Map<number, number>();
    const stack: Array<[number, number]> = [];
    const visit = (ref: number, id: number, where: string): void => {
      const seen = refOf.get(id);
      if (seen !== undefined) {
        if (seen !== ref) throw new Error(`${label}: ${where}: object ${id} is at ${seen} and ${ref}`);
        return;
      }
      if (idOfRef.has(ref)) throw new Error(`${label}: ${where}: ${ref} is both ${idOfRef.get(ref)} and ${id}`);
      refOf.set(id, ref);
      idOfRef.set(ref, id);
      stack.push([ref, id]);
    };
    for (const r of roots) {
      const v = getRoot(r.slot);
      if (r.id === null) { if (v !== 0) throw new Error(`${label}: root ${r.slot} not NULL`); continue; }
      visit(v, r.id, `root ${r.slot}`);
    }
    while (stack.length > 0) {
      const [ref, id] = stack.pop()!;
      const o = model.get(id)!;
      if (objectType(ref) !== o.type) throw new Error(`${label}: object ${id} has type ${objectType(ref)}, not ${o.type}`);
      if (scanWords(ref) !== o.fields.length) throw new Error(`${label}: object ${id} traces ${scanWords(ref)} words, not ${o.fields.length}`);
      for (let i = 0; i < o.fields.length; i++) {
        const f = o.fields[i];
        const v = mem[ref + 2 + i];
        if (f === null) { if (v !== 0) throw new Error(`${label}: object ${id} field ${i}: ${v}, not NULL`); }
        else if (typeof f === 'number') visit(v, f, `object ${id} field ${i}`);
        else if (v !== tagInt(f.int)) throw new Error(`${label}: object ${id} field ${i}: ${untagInt(v)}, not int ${f.int}`);
      }
      for (let j = 0; j < o.raw.length; j++) {
        if (mem[ref + 2 + o.fields.length + j] !== o.raw[j]) throw new Error(`${label}: object ${id} raw word ${j} changed`);
      }
    }
    for (const id of [...model.keys()]) if (!refOf.has(id)) model.delete(id);
    const problems = verifyHeap({ nurseryEmpty: true });
    if (problems.length > 0) throw new Error(`${label}: ${problems.join('; ')}`);
  };

  for (let i = 0; i < 6; i++) roots.push({ slot: addRoot(0), id: null });
  for (let step = 0; step < steps; step++) {
    const op = rng.int(100);
    if (op < 40) {
      // allocate and hang it somewhere reachable (a root or a field of a live object)
      const id = newObject();
      const target = anyLive();
      if (target !== null && target !== id && model.get(target)!.fields.length > 0 && rng.int(4) !== 0) {
        setField(target, rng.int(model.get(target)!.fields.length), id);
      } else {
        const r = roots[rng.int(roots.length)];
        r.id = id;
        setRoot(r.slot, refOf.get(id)!);
      }
    } else if (op < 75) {
      // link two live objects (cycles and sharing arise naturally), or store NULL / an int
      const a = anyLive();
      if (a === null || model.get(a)!.fields.length === 0) continue;
      const i = rng.int(model.get(a)!.fields.length);
      const k = rng.int(10);
      setField(a, i, k < 7 ? anyLive() : k < 9 ? null : { int: rng.int(1 << 20) - (1 << 19) });
    } else if (op < 82) {
      const r = roots[rng.int(roots.length)];
      r.id = rng.int(3) === 0 ? null : anyLive();
      setRoot(r.slot, r.id === null ? 0 : refOf.get(r.id)!);
    } else if (op < 84) {
      // a root slot comes and goes
      const k = rng.int(roots.length);
      removeRoot(roots[k].slot);
      roots[k] = { slot: addRoot(0), id: null };
    } else if (op < 97) {
      collectAtSafePoint();
      check(`step ${step} (minor)`);
    } else {
      collectGarbage();
      check(`step ${step} (major)`);
    }
  }
  collectGarbage();
  check('final');
  // everything dropped: old space empties
  for (const r of roots) { setRoot(r.slot, 0); r.id = null; }
  collectGarbage();
  check('empty');
  expect(readStats(0).freedBytes).toBeGreaterThan(0);
}

describe('stmgc randomized object graphs', () => {
  const fixed = process.env.STMGC_SEED;
  const seeds = fixed ? [Number(fixed)] : Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);
  for (const seed of seeds) {
    it(`seed ${seed}`, () => {
      try {
        runSeed(seed, 3000);
      } catch (e) {
        console.error(`stmgc random test failed: STMGC_SEED=${seed}`);
        throw e;
      }
    });
  }
});
