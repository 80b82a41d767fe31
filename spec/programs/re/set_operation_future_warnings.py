# Classes that a later version may read as set operations or nested sets give sre_parse's
# FutureWarning (with the position) and still match as today.
import re
import warnings

s = bytes(range(128)).decode()
for pat in [r'[0-9--1]', r'[--1]', r'[%--]', r'[0-9&&1]', r'[\d||a]', r'[0-9~~1]', r'[[0-9]|]', r'[a-z]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        p = re.compile(pat)
    print(pat, [(x.category.__name__, str(x.message)) for x in w], ''.join(p.findall(s)))
