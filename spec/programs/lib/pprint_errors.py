# pprint: bad PrettyPrinter arguments raise CPython's exceptions
import pprint
for kw in [dict(indent=-1), dict(depth=0), dict(depth=-2), dict(width=0), dict(indent='x'), dict(width=None)]:
    try:
        pprint.PrettyPrinter(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([1], bogus=True)
except TypeError as e:
    print('TypeError', e)
print(pprint.pformat([1, 2, 3], width=-5))
