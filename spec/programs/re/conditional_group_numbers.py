# Group numbers of conditionals as int() reads them ('+1', ' 1 ', '1_0', other decimal digits) with
# CPython's DeprecationWarning at the caller; errors for the rest; re._constants' limits.
import re, warnings
for p in [r'()(?(+1)a|b)', r'()'*10 + r'(?(1_0)a|b)', r'()(?( 1 )a|b)', r'()(?(१)a|b)', r'()(?(-1)a|b)', r'()(?(㊀)a|b)', r'()(?(¹)a|b)', r'()(?(01)a|b)', r'()(?(0)a|b)']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = re.compile(p)
            print(repr(p), 'ok', r.match('a') is not None)
        except re.error as e:
            print(repr(p), 'error', e)
        for x in w:
            print('  ', x.category.__name__, x.message, x.filename == __file__)
from re._constants import MAXGROUPS, error
print(MAXGROUPS, error is re.error)
