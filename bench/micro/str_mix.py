# bench/micro/str_mix.py: string-heavy work other than one long += loop, to check that str
# builders (vm/objects/str_builder.ts) slow nothing else down: short concatenations (< 64 units,
# the plain path), one-off medium ones (64-300 units: a builder each), dict keys made by +,
# lookups with them, slicing / find / split / replace / compare on concatenated text, lines of
# a report joined at the end, and many short-lived += builds. Last line: a checksum.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000

def short_concat(n):
    t = 0
    for i in range(n):
        s = 'k' + str(i) + ':' + 'v'
        t += len(s)
    return t

def medium_keys(n):
    prefix = 'com.example.service.module.component.' * 2
    d = {}
    for i in range(n // 4):
        d[prefix + str(i)] = i
    t = 0
    for i in range(n // 4):
        t += d[prefix + str(i)]
    return t + len(d)

def report(n):
    lines = []
    for i in range(n // 4):
        line = 'row ' + str(i) + ' | name: item' + str(i % 97) + ' | value: ' + str(i * 7 % 1000) + ' | status: ' + ('ok' if i % 3 else 'fail') + ' | note: nothing to report here'
        lines.append(line)
    text = '\n'.join(lines)
    return len(text) + text.count('fail') + len(text.split('\n'))

def text_ops(n):
    base = 'The quick brown fox jumps over the lazy dog. ' * 2
    t = 0
    for i in range(n // 4):
        s = base + str(i) + ' end'
        t += s.find('lazy') + s.rfind('end') + len(s[10:40]) + (s < base) + len(s.replace('fox', 'cat')) + len(s.split())
    return t

def many_builds(n):
    t = 0
    seen = set()
    for i in range(n // 200):
        s = ''
        for j in range(40):
            s += 'piece' + str(j)
        t += len(s) + (s[-3:] == 'e39') + (s in seen)
        seen.add(s)
    return t

def small_format(n):
    t = 0
    for i in range(n // 2):
        s = '%d-%s' % (i, 'x') + '{}'.format(i % 10)
        t += len(s)
    return t

total = 0
for f in (short_concat, medium_keys, report, text_ops, many_builds, small_format):
    total += f(n)
print(total % 1000000007)
