# The two matchers of pystm's re side by side (bench/NOTES.md "h21-re"): common patterns over a
# generated text, each timed as CPU seconds (time.process_time) for a fixed number of rounds.
# Run it normally (JS RegExp where it can) and with PYSTM_RE_BACKTRACK=1 (every pattern on the
# backtracking matcher, vm/modules/re_backtrack_*.ts); python3 gives CPython's figures. Prints
# one line per case: name, seconds, and a checksum that must agree across the three runs.
import re
import sys
import time

words = ['alpha', 'beta', 'gamma', 'delta', 'x1', 'y22', 'foo_bar', 'Zeta', '42', '3.14']
parts = []
for i in range(20000):
    w = words[(i * 7) % len(words)]
    parts.append(w)
    parts.append(' ' if i % 13 else '\n')
    if i % 97 == 0:
        parts.append('user%d@example.com ' % i)
    if i % 31 == 0:
        parts.append('%d-%d ' % (i, i * 3))
TEXT = ''.join(parts)
TOKEN = re.compile(r'(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/=()@.])|(?P<ws>\s+)')

CASES = [
    ('findall \\w+', lambda: len(re.findall(r'\w+', TEXT))),
    ('finditer (\\d+)-(\\d+)', lambda: sum(int(m.group(2)) for m in re.finditer(r'(\d+)-(\d+)', TEXT))),
    ('search email', lambda: sum(1 for m in re.finditer(r'[a-z0-9]+@[a-z]+\.com', TEXT))),
    ('findall (?m)^\\w+$', lambda: len(re.findall(r'(?m)^\w+$', TEXT))),
    ('tokenizer finditer', lambda: sum(len(m.lastgroup) for m in TOKEN.finditer(TEXT))),
    ('sub \\s+', lambda: len(re.sub(r'\s+', ' ', TEXT))),
    ('split [ \\n]', lambda: len(re.split(r'[ \n]', TEXT))),
    ('match per word', lambda: sum(1 for w in TEXT.split() if re.match(r'[a-z]+\d*$', w))),
    ('search absent literal', lambda: re.search(r'notpresent', TEXT) is None),
    ('findall (a|b)*c-like', lambda: len(re.findall(r'(?:a|e)+l', TEXT))),
]

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
for name, fn in CASES:
    fn()  # warm-up (and compile)
    t = time.process_time()
    for _ in range(ROUNDS):
        r = fn()
    print('%-24s %8.4f  %s' % (name, (time.process_time() - t) / ROUNDS, r))
