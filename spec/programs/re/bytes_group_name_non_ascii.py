# A non-ASCII group name in a bytes pattern is a DeprecationWarning in 3.11 (still accepted);
# a reference to an unknown one names it with escapes; the warning comes before the error.
import re
import warnings

for pat in [b'(?P<\xc2\xb5>x)', b'(?P=\xc2\xb5)', b'(?(\xc2\xb5)y)', b'(?P<', '(?P=']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(pat, re.compile(pat).groupindex)
        except re.error as e:
            print(pat, 'error:', e.msg, e.pos)
    print([str(x.message) for x in w])
