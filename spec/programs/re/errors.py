# re: re.error carries msg, pattern, pos, lineno and colno, as CPython's.
import re

for pattern in ['(abc', 'a)', '*x', 'a{3,1}', '[z-a]', r'\q', '(?P<1>x)', '(?P=nope)', 'ab\n(c', 'a**']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
