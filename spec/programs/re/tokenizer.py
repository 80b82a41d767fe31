# re: a tokenizer built on one alternation of named groups, driven by finditer and lastgroup.
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<BAD>.)
''', re.VERBOSE)

def tokens(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        yield kind, m.group(), m.start()

for t in tokens('x = 3.5 * (y + 42) $'):
    print(t)
