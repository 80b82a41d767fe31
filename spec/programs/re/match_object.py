# re: Match objects: group with several arguments, groups/groupdict defaults, spans, lastindex.
import re

m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?', 'on 2024-05!')
print(m)
print(m.group(), m.group(1), m.group('month', 'year'), m[2])
print(m.groups(), m.groups('??'))
print(sorted(m.groupdict().items(), key=str), m.groupdict(0)['day'])
print(m.start(), m.end(), m.span('month'), m.span('day'), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern == m.re.pattern, m.string)
try:
    m.group(7)
except IndexError as e:
    print('IndexError:', e)
