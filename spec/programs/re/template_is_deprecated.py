# re.template() and the re.TEMPLATE flag give CPython 3.11's DeprecationWarnings (once each).
import re
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    a = re.template(r'ab')
    b = re.compile(r'cd', flags=re.TEMPLATE | re.UNICODE)
for x in w:
    print(x.category.__name__, x.message)
print(a.pattern, bool(a.match('ab')), b.flags & re.TEMPLATE)
