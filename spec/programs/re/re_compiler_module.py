# re._compiler: the limits and the literal prefix's overlap table (test_re test_overlap_table,
# test_signedness), reached as an attribute of re as in CPython.
import re

f = re._compiler._generate_overlap_table
for s in ("", "a", "abcd", "aaaa", "ababba", "abcabdac", "aabaaab", "abababca"):
    print(repr(s), f(s))
print(f([1, 2, 1, 2, 3]))
print(int(re._compiler.MAXREPEAT), int(re._compiler.MAXGROUPS))
print(re._constants.MAXREPEAT == re._compiler.MAXREPEAT)
try:
    re._nothing
except AttributeError as e:
    print(e)
