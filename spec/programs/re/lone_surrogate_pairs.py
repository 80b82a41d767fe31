# A lone high surrogate followed by a lone low one is two code points in a str: re sees two
# characters, in the subject and in the pattern ('\ud800' + '\udc00' is not '\U00010000'),
# whether the str is otherwise BMP or also holds astral characters.
import re

s = '\ud800' + '\udc00'       # two code points
a = '\U00010000'               # one astral code point
p2 = '\ud800' + '\udc00'

def show(*xs):
    print(*[ascii(x) for x in xs])

show(len(s), re.findall('.', s), re.fullmatch('..', s) is not None, re.fullmatch('.', s))
show(re.findall('[\ud800-\udbff]', s), re.findall('[^a]', s), re.sub('.', 'x', s))
show(re.search('\udc00', s).span(), re.split('', s))
show(re.findall('(?s).', s + 'a\U00010000'), re.findall('\\W', s), re.match('.\\Z', s))
show(re.findall(r'\ud800', a + s), re.findall(r'\udc00', s + a))
# the pattern side
show(re.findall(p2, s), re.findall(p2, a), re.findall(a, s), re.findall(a, a))
show(re.findall('[' + p2 + ']', s), re.findall('[' + p2 + ']', a))
show(re.findall(p2 + '|x', 'x' + s + a), re.findall('(?i)' + p2, s + a))
show(re.findall('[^' + p2 + ']', s + a + 'b'))
show(re.sub(p2, 'Y', 'a' + s + a), re.split(s, 'a' + s + 'b' + a))
m = re.search('(.)(.)', 'x' + a + s)
show(m.span(1), m.span(2), m.groups())
show(re.escape(s), re.fullmatch(re.escape(s), s) is not None)
for p in [s, a, s + a, a + s, 'x' + s + 'y' * 70, '\udc00\ud800', '\ud800\ud800\udc00\udc00']:
    show(p, [m.span() for m in re.finditer('.', p)], re.findall(r'\S', p), re.findall(r'[\ud800-\udfff]', p))
    show([m.span() for m in re.finditer('', p)], re.findall('(.)(?=.)', p), len(re.findall('.', p)) == len(p))
# compiled patterns, positions, a long subject (the JS text of a str of 64+ units is made apart)
pat = re.compile('(?P<h>[\ud800-\udbff])(?P<l>[\udc00-\udfff])')
long = 'z' * 100 + s + 'z' * 100 + a
m = pat.search(long)
show(m.span(), m.group('h'), m.group('l'), m.lastgroup, pat.search(long, 101), pat.findall(long))
show(re.compile('.').findall(long, 99, 103), re.compile('..').fullmatch(long, 100, 102) is not None)
show(re.subn('(.)', r'<\1>', s + a), [x.span() for x in re.finditer(r'\b|\B', s)])
# long BMP subjects (searched natively for surrogates), with many false hits ('\u00d8', '\u04d9')
for t in ['y' * 300 + s + '\u00d8', '\u00d8' * 300 + s, '\u04d9\u00d8' * 200 + '\ud800' + '\u00d8' * 50 + s, '\u00d8' * 300 + '\ud800\u00d8']:
    show(len(re.findall('.', t)) == len(t), re.search('[\ud800-\udbff].', t).span(), re.search(p2, t))
