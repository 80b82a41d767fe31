# printf-style '*' width and precision: the width is a Py_ssize_t and the precision a C int, each
# an OverflowError past its range; a negative '*' precision is 0 (test_userstring test_formatting).
import sys
cases = [('%*s', (sys.maxsize + 1, '')), ('%*s', (-sys.maxsize - 1, 'x')), ('%*s', (-sys.maxsize - 2, 'x')),
         ('%.*f', (sys.maxsize + 1, 1. / 7)), ('%.*f', (2**31, 1.5)),
         ('%.*f', (-2**31 - 1, 1.5)), ('%.*f', (-3, 1.5)), ('%.*s', (-1, 'abc')), ('%*s', (True, 'a')),
         ('%*s', (2.0, 'a')), ('%-*d|', (-4, 7)), ('%*d|', (-4, 7))]
for f, a in cases:
    for fmt, args in ((f, a), (f.encode(), tuple(x.encode() if isinstance(x, str) else x for x in a))):
        try:
            r = fmt % args
            print(repr(r[:12]), len(r))
        except Exception as e:
            print(type(e).__name__, e)
