// The itertools classes in the order the bootstrap defines them (T.itertools_<name>): a
// function, so that no other module's exports are read at this file's top level.
import type { TypeDef } from '../runtime/typedef';
import { countType, cycleType, repeatType } from './itertools_infinite';
import { accumulateType, compressType, dropwhileType, filterfalseType, starmapType, takewhileType } from './itertools_filters';
import { chainType, isliceType, pairwiseType, zipLongestType } from './itertools_chain';
import { groupbyType, grouperType } from './itertools_groupby';
import { teeDataType, teeType } from './itertools_tee';
import { combinationsType, cwrType, permutationsType, productType } from './itertools_combinatorics';

export function ITERTOOLS_DEFS(): [string, TypeDef][] {
  return [
    ['count', countType], ['cycle', cycleType], ['repeat', repeatType], ['accumulate', accumulateType],
    ['chain', chainType], ['compress', compressType], ['dropwhile', dropwhileType], ['filterfalse', filterfalseType],
    ['groupby', groupbyType], ['_grouper', grouperType], ['islice', isliceType], ['pairwise', pairwiseType],
    ['starmap', starmapType], ['takewhile', takewhileType], ['_tee_dataobject', teeDataType], ['_tee', teeType],
    ['zip_longest', zipLongestType], ['product', productType], ['permutations', permutationsType],
    ['combinations', combinationsType], ['combinations_with_replacement', cwrType],
  ];
}
