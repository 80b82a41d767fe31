# The whole re API over patterns the backtracking matcher runs: match/search/fullmatch with pos
# and endpos, findall/finditer/sub/subn/split with empty matches, lastindex/lastgroup, str with
# astral characters, bytes, flags (MULTILINE, DOTALL, VERBOSE, IGNORECASE incl. sre's extra
# equivalences), and a long subject (the matcher is iterative: no JS recursion).
import re
p = re.compile(r'(?:(?P<a>a)|(?P<b>b))+')
m = p.search('xxabbaxx')
print(m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict())
print(p.match('xab'), p.match('xab', 1).span(), p.fullmatch('ab'), p.fullmatch('abx', 0, 2).span())
print(p.search('abab', 1, 3).span(), p.search('abab', 3, 1))
print(p.findall('ab x ba'), [m.span() for m in p.finditer('ab x ba')])
print(p.sub(lambda m: m.group('a') or '-', 'ab x ba'), p.subn('.', 'ab x ba'))
print(p.split('1ab2ba3'))
e = re.compile(r'(a*)*')
print(e.findall('aab'), e.sub('-', 'aab'), e.split('aab'), [m.span() for m in e.finditer('baa')])
print(re.search(r'(?:(\U0001F600)|x)+(.)', 'x\U0001F600\U0001F601y').regs)
print(re.findall(rb'(?:(\xff)|a)+', b'a\xffa\xff'))
print(re.findall(r'(?m)^(?:(a)|b)*$', 'ab\nba\nc'))
print(re.search(r'(?s)(?:(.)|x)+', 'a\nb').regs)
print(re.search(r'''(?x) (?: (a) | b )+  # letters
                  (?(1) c | d)''', 'bac').regs)
print(re.findall(r'(?:(s)|x)+', 'S\u017fs x', re.I), re.findall(r'(?:(\u03c3)|x)+', '\u03a3\u03c2', re.I))
print(re.findall(r'(?:(i)|x)+', 'I\u0130\u0131', re.I))
n = 300000
m = re.match(r'(?:(a)|b)*c|((?:a|b)*)$', 'ab' * n)
print(m.span(), m.span(1), m.span(2))
m = re.search(r'((a)|b)*+x', 'ab' * 1000 + 'x')
print(m.span(), m.span(1), m.span(2))
print(re.error.__name__, end=' ')
try:
    re.compile(r'(?<=(a)*)b')
except re.error as exc:
    print(exc)
