# Behaviour of the `re` module, printed one result per line: run under CPython 3.11 (its real
# re) and under bin/pystm (lib/re on the native _pystm_re); spec/unit/lib_re.test.ts compares
# the two outputs byte for byte. Covers compile errors (messages and positions), flags, Match and
# Pattern objects, sub/split/findall/finditer with CPython 3.7+ empty-match rules, templates,
# bytes patterns and astral characters. Constructs pystm rejects are NOT here (see the test).
import re


def show(label, f):
    try:
        r = f()
    except re.error as e:
        r = 'error: %s | %r %r' % (e, e.msg, e.pos)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(r) if not isinstance(r, str) else r)


def m(p, s, flags=0):
    x = re.search(p, s, flags)
    return None if x is None else (x.span(), x.groups())


# searching and matching
CASES = [
    (r'abc', 'xxabcxx'), (r'a.c', 'a\nc abc'), (r'^abc$', 'abc'), (r'^b', 'a\nb'),
    (r'a|b|c', 'zzc'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'a*', 'aaab'), (r'a*?b', 'aaab'),
    (r'a+?', 'aaa'), (r'a{2}', 'aaaa'), (r'a{2,3}', 'aaaa'), (r'a{,2}', 'aaaa'), (r'a{2,}', 'aaaaa'),
    (r'a{2,3}?', 'aaaa'), (r'x{', 'x{'), (r'x{}', 'x{}'), (r'x{a}', 'x{a}'), (r'x{1,a}', 'x{1,a}'),
    (r'x{,}', 'xxx'), (r'\d+', 'ab١٢٣4'), (r'\w+', 'héllo wörld'), (r'\s+', 'a\x1c\x85b'),
    (r'\bfoo\b', 'a foo.'), (r'\Bfoo', 'afoo'), (r'\B', ''), (r'\b', ''), (r'\Aab', 'ab'),
    (r'ab\Z', 'ab\n'), (r'ab$', 'ab\n'), (r'ab$', 'ab\n\n'), (r'(?m)^\w+$', 'x\nyy\nzzz'),
    (r'[a-c]+', 'xxabcabd'), (r'[^a-c]+', 'abcxyz'), (r'[]a]+', 'a]a'), (r'[^]a]+', 'a]bc'),
    (r'[\d.]+', 'v1.25x'), (r'[\w-]+', 'a-b c'), (r'[\W]+', 'ab, cd'), (r'[^\W\d]+', 'ab12cd'),
    (r'[\s\S]+', 'a\nb'), (r'[a\-z]+', 'a-z'), (r'[-a]+', '-a-'), (r'[a-]+', '-a-'),
    (r'\x41\u0042\U00000043', 'ABC'), (r'\101\0', 'A\x00'), (r'[\101-\103]+', 'xABCD'),
    (r'\n\t', 'a\n\tb'), (r'\.\*\+', '.*+'), (r'(a)\1', 'aa'), (r'(?P<x>a)(?P=x)', 'aa'),
    (r'(?:ab)+', 'ababa'), (r'(?i)abc', 'ABC'), (r'(?i)[a-c]+', 'xABCa'), (r'(?i:a)b', 'Ab'),
    (r'(?i:a)b', 'AB'), (r'a(?i:b)', 'aB'), (r'(?i)a(?-i:b)', 'Ab'), (r'(?i)a(?-i:b)', 'AB'),
    (r'(?s).+', 'a\nb'), (r'(?s:.)x', '\nx'), (r'(?x) a b # comment', 'ab'),
    (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'(?x:a b)c d', 'abc d'),
    (r'(?=a)a', 'ba'), (r'(?!a)\w', 'ab'), (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'abcb'),
    (r'(?<=\d{3})x', '12x123x'), (r'(?#comment)a', 'a'), (r'(a)|(b)', 'b'),
    (r'(a)(b)?', 'a'), (r'((a)|b)', 'b'), (r'(?a)\w+', 'héllo'), (r'\w+', 'héllo'),
    (r'(?u)\w+', 'héllo'), (r'.', '😀'), (r'😀+', 'x😀😀y'), (r'[😀-😂]', 'a😁'),
    (r'(.)(.)', '😀a'), (r'a.c', 'a😀c'), (r'\u00e9', 'é'), (r'(?i)É', 'é'), (r'(?i)σ', 'Σ'),
    (r'\$\^', '$^'), (r'a++', 'aaa'), (r'(?>a+)a', 'aaa'), (r'(?>a|ab)c', 'abc'),
    (r'a*+b', 'aab'), (r'(?:a|b)*c', 'ababc'), (r'(?:a*)*', 'b'), (r'(a+)+', 'aab'),
    (r'(?:a?)*?b', 'ab'), (r'x*', ''), (r'', 'abc'), (r'\\', 'a\\b'),
    (r'(?i)(a)\1', 'aA'), (r'(?i:σ)', 'ς'), (r'(?i:straße)', 'STRASSE'), (r'(?i:[k])', 'K'),
    (r'(?i:[a-z]+)1', 'ABC1'), (r'(\w)(?<=(a))', 'ba'), (r'(?<=(a))b', 'ab'), (r'a(?=(b))', 'ab'),
    (r'(?:(a)|b)', 'b'), (r'(a)(?:\1|b)', 'ab'), (r'(?P<q>["\'])(.*?)(?P=q)', 'say "hi" ok'),
    (r'\d{2,}?', '12345'), (r'[\d\s]+', '1 2\t3x'), (r'[^\d\s]+', '1 ab2'), (r'\D+\S', 'ab c1'),
    (r'[.^$]+', 'a.^$b'), (r'a{0}b', 'ab'), (r'(?:)', ''), (r'\Z', 'a\n'),
]
for p, s in CASES:
    show('search %r %r' % (p, s), lambda: m(p, s))

FLAG_CASES = [
    (r'abc', 'ABC', re.I), (r'[a-z]+', 'HeLLo', re.I), (r'^x', 'a\nx', re.M), (r'a$', 'a\nb', re.M),
    (r'.', '\n', re.S), (r'\w+', 'héllo', re.A), (r'\d', '٣', re.A), (r'a b', 'ab', re.X),
    (r'é', 'É', re.I), (r'[é]', 'É', re.I), (r'é', 'É', re.I | re.A), (r'k', 'K', re.I | re.A), (r's', 'ſ', re.I | re.A), (r's', 'ſ', re.I), (r'[^a]', 'A', re.I | re.A),
    (r'(?-i:a)B', 'ab', re.I), (r'\s', '\xa0', re.A), (r'\s', '\xa0', 0),
]
for p, s, f in FLAG_CASES:
    show('flags %r %r %r' % (p, s, f), lambda: m(p, s, f))

# compile errors: messages and positions
ERRORS = [
    r'(a', r'a)', r'*a', r'a**', r'a{2}{3}', r'a{3,2}', r'[a', r'[z-a]', r'[\w-z]', r'\q', r'[\q]',
    r'(?P<1a>x)', r'(?P<>x)', r'(?P<a', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?Px)', r'(?<x)',
    r'(?z)', r'a(?i)b', r'(?i', r'(?-', r'(?i-:a)', r'(?i-i:a)', r'(?-a:x)', r'\1', r'(a)\2',
    r'(a\1)', r'\x4', r'\u12', r'\U00110000', r'\777', r'[\777]', r'(?#abc', r'(?<=a+)b',
    r'(?<=a|bc)d', r'(?', r'x|*', r'(*)', r'^*', r'\b+', r'a{', r'abc\\', '\\', r'[\8]',
    r'(?L)a', r'(?au)a', r'(?P=a)(?P<a>b)', r'a\n(b', r'(?P<a>x)(?P=a', r'(?i)(?x)  a  ',
    r'a|(?i)b', r'((?i)a)',
]
for p in ERRORS:
    show('compile %r' % p, lambda: re.compile(p).groups)

show('bytes u flag', lambda: re.compile(rb'(?u)a'))
show('bytes \\u', lambda: re.compile(rb'\u0041'))
show('str L flag', lambda: re.compile('a', re.L))
show('A and U', lambda: re.compile('a', re.A | re.U))
show('bytes U', lambda: re.compile(b'a', re.U))
show('compile int', lambda: re.compile(5))
show('compiled with flags', lambda: re.compile(re.compile('a'), re.I))
show('overflow', lambda: re.compile(r'a{4294967295}'))
e = re.error('bad thing', 'ab\ncd', 4)
print('error attrs', e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('plain')
print('error plain', e, e.pos, e.lineno)
print('error name', re.error.__name__, re.error.__module__)

# Pattern objects
p = re.compile(r'(?P<word>\w+)\s+(\d+)?', re.I)
print('pattern', p.pattern, p.flags, p.groups, dict(p.groupindex), repr(p))
print('pattern eq', p == re.compile(r'(?P<word>\w+)\s+(\d+)?', re.I), p == re.compile('x'))
print('pattern repr', repr(re.compile(b'a', re.I)), repr(re.compile('a', re.A | re.S | re.X)))
print('pattern repr long', repr(re.compile('a' * 300)))
print('flags', re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags)
print('flag reprs', repr(re.I), repr(re.I | re.M), str(re.S), repr(re.NOFLAG), repr(re.I | 1024))
print('flag values', int(re.I | re.M | re.S), re.A.value, re.X == 64, re.VERBOSE is re.X)
print('pos endpos', p.search('  ab 12', 3).span(), p.match('  ab 12', 2).span(), p.match('ab 1', 0, 3))
r = re.compile(r'o')
print('pos', r.search('dog', 1), r.match('dog', 1), r.search('dog', 5), r.search('dog', -4))
print('endpos', r.search('dog', 0, 1), r.fullmatch('dog', 1, 2), re.compile('^d').search('dog', 1))
print('fullmatch', re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.fullmatch('a', 'ab'))
print('pos > endpos', re.compile('').search('abc', 2, 1), re.compile('').match('abc', 2, 1))

# Match objects
x = re.match(r'(?P<a>\w)(?P<b>\w)?(x)?', 'ab!')
print('groups', x.group(), x.group(1), x.group('b', 1, 0), x.groups(), x.groups('-'))
print('groupdict', x.groupdict(), x.groupdict(0), x[0], x['a'], x[2])
print('spans', x.start(), x.end(), x.span('b'), x.start(3), x.span(3), x.regs)
print('attrs', x.pos, x.endpos, x.string, x.re.pattern, x.lastindex, x.lastgroup)
print('repr', repr(x), repr(re.match(b'ab', b'abc')), repr(re.match('a😀', 'a😀')))
show('bad group', lambda: x.group(4))
show('bad group name', lambda: x.group('zz'))
show('bad start', lambda: x.start(-1))
show('bad group type', lambda: x.group(1.5))
print('lastindex', re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex,
      re.match(r'(a)(b?)', 'a').lastindex, re.match(r'(a)|(b)', 'b').lastindex,
      re.match(r'a', 'a').lastindex, re.match(r'(?P<n>(a))', 'a').lastgroup)
print('expand', x.expand(r'[\2\1\g<a>\g<0>]'), x.expand(r'\n\t\\'), x.expand(r'\g<3>|'))
print('bool', bool(x))

# sub / subn / templates
SUBS = [
    (r'a', '-', 'banana', 0), (r'a', '-', 'banana', 2), (r'x*', '-', 'abxd', 0), (r'', '-', 'abc', 0),
    (r'(\w+) (\w+)', r'\2 \1', 'hello world', 0), (r'(?P<n>\d)', r'<\g<n>>', 'a1b2', 0),
    (r'(\d)', r'\g<1>0', 'a1b2', 0), (r'(a)|b', r'[\1]', 'ab', 0), (r'a', r'\n', 'a', 0),
    (r'a', r'\&', 'a', 0), (r'a', r'\q', 'a', 0), (r'(a)', r'\2', 'a', 0), (r'(a)', r'\g<2>', 'a', 0),
    (r'(a)', r'\g<x>', 'a', 0), (r'(a)', r'\g<1', 'a', 0), (r'(a)', r'\g', 'a', 0),
    (r'(a)', r'\g<>', 'a', 0), (r'(a)', r'\g<a-b>', 'a', 0), (r'a', '\\', 'a', 0),
    (r'(a)', r'\101', 'a', 0), (r'(a)', r'\0', 'a', 0), (r'a|(b)', r'<\1>', 'ab', 0),
    (r'\b', '|', 'ab cd', 0), (r'^', '>', 'a\nb', 0), (r'(?m)^', '>', 'a\nb', 0), (r'$', '<', 'a\nb\n', 0),
    (r'a*', '-', 'baaac', 0), (r'a', '-', 'aaa', -1), (r'a*?', '-', 'baac', 0), (r'(?:)|a', '-', 'aa', 0),
]
for pat, rep, s, n in SUBS:
    show('sub %r %r %r %d' % (pat, rep, s, n), lambda: re.subn(pat, rep, s, n))
print('sub func', re.sub(r'\d+', lambda mo: str(int(mo.group()) * 2), 'a1b22c333'))
print('sub func none', re.sub(r'\d', lambda mo: '', 'a1b2'))
show('sub func int', lambda: re.sub('a', lambda mo: 1, 'a'))
show('sub bytes str', lambda: re.sub(b'a', 'x', b'a'))
show('sub str bytes', lambda: re.sub('a', b'x', 'a'))
print('sub compiled', re.compile('o').sub('0', 'foo boo', count=3))

# split
SPLITS = [
    (r',', 'a,b,,c', 0), (r',', 'a,b,c', 1), (r'(,)', 'a,b', 0), (r'(,)|(;)', 'a,b;c', 0),
    (r'x*', 'axbc', 0), (r'\b', 'ab cd', 0), (r'', 'abc', 0), (r'\s+', '  a b  ', 0),
    (r'(?:)', 'ab', 1), (r'a', 'aaa', 0), (r'(a)?b', 'b', 0), (r',', 'a,b', -1),
]
for pat, s, n in SPLITS:
    show('split %r %r %d' % (pat, s, n), lambda: re.split(pat, s, n))

# findall / finditer
FINDALLS = [
    (r'\d', 'a1b2c3'), (r'(\d)(\w)', 'a1b2c3'), (r'(\d)\w', '1a2b'), (r'(a)|(b)', 'ab'),
    (r'a*', 'baaac'), (r'\b\w', 'ab cd'), (r'(?=(\w\w))', 'abcd'), (r'', 'ab'), (r'x*', 'xax'),
    (r'a|', 'bab'), (r'a??', 'aa'), (r'(a)?', 'ab'), (r'[😀-😂]', 'x😀y😂'),
]
for pat, s in FINDALLS:
    show('findall %r %r' % (pat, s), lambda: re.findall(pat, s))
print('finditer', [mo.span() for mo in re.finditer(r'\w+', 'ab cd  ef')])
print('finditer pos', [mo.span() for mo in re.compile(r'\w').finditer('abcdef', 1, 4)])
it = re.finditer(r'(\d)', 'a1b2')
first = next(it)
print('finditer match', first.group(1), first.pos, first.endpos, next(it).span(), list(it))
print('findall pos', re.compile(r'\w').findall('abcdef', 2, 4))

# bytes
print('bytes search', re.search(rb'b+', b'abbbc'), re.findall(rb'\w+', b'ab \xe9 cd'))
print('bytes I', re.findall(rb'a', b'aA\xc1\xe1', re.I), re.findall(rb'\xe1', b'\xc1\xe1', re.I))
print('bytes sub', re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(rb',', b'a,b'))
print('bytes groups', re.match(rb'(?P<x>a)(b)?', b'a').groupdict(), re.compile(rb'a').pattern)
print('bytearray', re.search(rb'b', bytearray(b'abc')).group(), re.findall(rb'b', bytearray(b'abcb')))
show('str on bytes', lambda: re.search('a', b'a'))
show('bytes on str', lambda: re.search(b'a', 'a'))
show('int subject', lambda: re.search('a', 5))
print('bytes \\s', re.findall(rb'\s', b' \x1c\x85\xa0\t'), re.findall(r'\s', ' \x1c\x85\xa0\t\u2028'))

# escape, purge, cache
print('escape', re.escape('a.b*c? (d) [e] {f} ^$|\\ -#&~\t\n'), re.escape(b'a.b'), re.escape('héllo_1'))
print('escape roundtrip', re.match(re.escape('1+1=2?'), '1+1=2?') is not None)
re.purge()
print('cache', re.compile('abc') is re.compile('abc'))

# astral positions
s = '😀a😀bb😀'
print('astral', [mo.span() for mo in re.finditer(r'[a-z]+', s)], re.sub('😀', '.', s),
      re.split('😀', s), re.compile('b').search(s, 4).span(), re.search(r'(?<=😀)b', s))
print('types', type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__,
      re.Pattern is type(re.compile('a')), re.Match is type(re.match('a', 'a')))
print('case', re.findall(r'(?i)straße', 'STRASSE straße STRAßE'))
print('verbose multi', re.findall(r'''(?x)
    (\d+)   # digits
    \s*     # space
    ([a-z]) # a letter
''', '12 a 3b'))
