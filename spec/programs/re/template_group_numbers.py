# Group names in replacement templates (\g<...>) as int() reads them, with CPython's
# DeprecationWarning at the caller of re.sub; errors for the rest (U+3280 left out: our
# str.isidentifier() says True for it).
import re, warnings
cases = [('(?P<a>x)', r'\g<+1>', 'xx'), ('()'*10, r'\g<1_0>', 'xx'), ('(?P<a>x)', r'\g< 1 >', 'xx'),
         ('(?P<a>x)', r'\g<१>', 'xx'), ('(?P<a>x)', r'\g<-1>', 'xx'), ('(?P<a>x)', r'\g<©>', 'xx'),
         ('(?P<a>x)', r'\g<¹>', 'xx'), (b'(?P<a>x)', b'\\g<\xc2\xb5>', b'xx'),
         ('(?P<a>x)', r'\g<1>', 'xx'), ('()(?(+1)a|b)', 'y', 'b')]
for p, r, s in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(repr(r), re.sub(p, r, s))
        except (re.error, IndexError) as e:
            print(repr(r), type(e).__name__, e)
        for x in w:
            print('  ', x.category.__name__, x.message, x.filename == __file__)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(repr(r), re.compile(p).sub(r, s))
        except (re.error, IndexError) as e:
            print(repr(r), type(e).__name__, e)
        for x in w:
            print('  ', x.category.__name__, x.message)
