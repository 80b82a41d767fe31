# re._compiler for pystm: CPython's module compiles a parsed pattern to sre code; pystm's re
# translates patterns to JavaScript RegExps instead (vm/modules/re_translate.ts), so this holds
# only what does not depend on sre: the limits (as CPython's `from ._constants import *`) and
# the overlap table CPython's compiler builds for a literal prefix (test_re test_overlap_table).

from ._constants import MAXREPEAT, MAXGROUPS


def _generate_overlap_table(prefix):
    """For each position i of prefix, the length of the longest proper prefix of prefix[:i+1]
    that is also a suffix of it (the failure function of Knuth-Morris-Pratt's search)."""
    table = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[i] != prefix[k]:
            k = table[k - 1]
        if prefix[i] == prefix[k]:
            k += 1
        table[i] = k
    return table
