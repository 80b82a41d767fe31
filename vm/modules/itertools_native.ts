// The native module `itertools` (CPython 3.11's itertools: every tool is a builtin class
// here, vm/objects/itertools_*.ts, built by the bootstrap as T.itertools_<name>; `tee` is a
// module function). It replaces lib/itertools.py, whose generators were not types, did not
// pickle and were not atomic per next() for threads sharing one iterator.
import { T } from '../runtime/types';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { teeFunction } from '../objects/itertools_tee';

/** The classes the module exports, by their Python names (T.itertools_<name>). */
export const ITERTOOLS_TYPES = [
  'accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile',
  'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile',
  'zip_longest', '_grouper', '_tee', '_tee_dataobject',
] as const;

const DOC = 'Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n';

export function makeItertoolsModule(): number {
  const m = newModule('itertools', T.module, intern(DOC));
  for (const name of ITERTOOLS_TYPES) moduleSet(m, name, T[`itertools_${name}`]);
  moduleSet(m, 'tee', defineBuiltin('tee', teeFunction, 0, m));
  return m;
}
