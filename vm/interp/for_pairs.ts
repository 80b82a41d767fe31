// FOR_ITER's next item for the iterators run() does not step itself (everything but lists and
// ranges of small ints), and the pairs of Q_FOR_ITER_UNPACK (interp/quicken.ts): for
// `for k, v in d.items()`, `for a, b in zip(xs, ys)` and `for i, x in enumerate(xs)` the two
// items are pushed on the frame's stack as UNPACK_SEQUENCE 2 would push them, without the tuple
// the iterator's __next__ allocates (CPython reuses that tuple when nothing else holds it; here
// nothing could see it either). The iterators' state and errors are their __next__'s own:
// dict.ts dictIterStep, the zip and enumerate steps below as builtins/iter_builtins.ts.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';
import { T } from '../runtime/types';
import { next as pyNext } from '../runtime/protocol';
import { valueError } from '../runtime/errors';
import { dictIterKey, dictIterStep, dictIterValue } from '../objects/dict';
import { IT_EXTRA, IT_POS, IT_SOURCE, listIteratorType } from '../objects/iterators';
import { tupleItem, tupleLen } from '../objects/tuple_core';
import { intFromBigInt, toBigInt } from '../objects/int_core';

/** 1 when the last forNext pushed a pair (then it returned the pair's second item and wrote the
 *  first at m[sp + 1]), 0 otherwise. Set as forNext returns (a __next__ it calls may run a loop
 *  of its own through forNext meanwhile); read by run() right after the call. */
export let pairPushed = 0;

const listNext = listIteratorType.slots!.next!;

/** The next item of a zip's or enumerate's source: a list iterator's step without the protocol. */
function step(it: number): number {
  return (it & 1) === 0 && mem[it + 2] === T.list_iterator && (mem[it] & 0x7ff) === L_ITER ? listNext(it) : pyNext(it);
}

/**
 * FOR_ITER's next item of `it` (0: exhausted). With `pair` (the loop unpacks two names) a dict's
 * items iterator, an exact zip() of two iterables or an exact enumerate() writes the first item
 * at mem[sp + 1], returns the second and sets pairPushed; anything else returns its item.
 */
export function forNext(it: number, sp: number, pair: number): number {
  let v = 0;
  let pushes = false;
  const cls = pair !== 0 && (it & 1) === 0 && (mem[it] & 0x7ff) === L_ITER ? mem[it + 2] : 0;
  if (cls !== 0 && cls === T.dict_itemiterator) {
    pushes = true;
    const pos = dictIterStep(it);
    if (pos >= 0) {
      mem[sp + 1] = dictIterKey(it, pos);
      v = dictIterValue(it, pos);
    }
  } else if (cls !== 0 && cls === T.zip && tupleLen(mem[it + IT_SOURCE]) === 2) {
    pushes = true;
    v = zipPair(it, mem[it + IT_SOURCE], sp);
  } else if (cls !== 0 && cls === T.enumerate) {
    pushes = true;
    v = enumeratePair(it, sp);
  } else v = pyNext(it);
  pairPushed = pushes && v !== 0 ? 1 : 0;
  return v;
}

/** zip's __next__ for two iterators (builtins/iter_builtins.ts zipType), the pair pushed. */
function zipPair(it: number, its: number, sp: number): number {
  readBarrier(it);
  if ((mem[it + IT_POS] >> 1) < 0) return 0;
  const strict = (mem[it + IT_POS] >> 1) === 1;
  const a = step(tupleItem(its, 0));
  if (a === 0) {
    writeBarrier(it);
    mem[it + IT_POS] = -1;
    if (strict && step(tupleItem(its, 1)) !== 0) valueError('zip() argument 2 is longer than argument 1');
    return 0;
  }
  // (a stays where it is while the second runs: nothing collects below a builtin's call)
  const b = step(tupleItem(its, 1));
  if (b === 0) {
    writeBarrier(it);
    mem[it + IT_POS] = -1;
    if (strict) valueError('zip() argument 2 is shorter than argument 1');
    return 0;
  }
  mem[sp + 1] = a;
  return b;
}

/** enumerate's __next__ (builtins/iter_builtins.ts enumerateType), the pair pushed. */
function enumeratePair(it: number, sp: number): number {
  const v = step(mem[it + IT_SOURCE]);
  if (v === 0) return 0;
  writeBarrier(it); // before the read of the count (a read then a lock could miss a commit in between)
  const c = mem[it + IT_EXTRA];
  mem[it + IT_EXTRA] = (c & 1) === 1 && c !== ((2 ** 30 - 1) << 1 | 1) ? c + 2 : intFromBigInt(toBigInt(c) + 1n);
  mem[sp + 1] = c;
  return v;
}
