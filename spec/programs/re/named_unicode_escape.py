# \N{name} escapes in str patterns (inside and outside classes), with sre_parse's errors.
import re

print(bool(re.match(r'\N{LESS-THAN SIGN}', '<')), bool(re.match(r'\N{less-than sign}', '>')))
print(bool(re.match(r'\N{SNAKE}', '\U0001f40d')), re.findall(r'[\N{LESS-THAN SIGN}-\N{GREATER-THAN SIGN}]', ';<=>?'))
for pat in [r'\N', r'[\N]', r'\N{', r'\N{}', r'\N{SNAKE', r'[\N{SNAKE]}', r'\N{SPAM}', r'\N{KEYCAP NUMBER SIGN}']:
    try:
        re.compile(pat)
    except re.error as e:
        print(pat, e.msg, e.pos)
try:
    re.compile(rb'\N{SNAKE}')
except re.error as e:
    print(e.msg)
