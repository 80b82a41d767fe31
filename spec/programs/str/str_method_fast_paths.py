# strip/lstrip/rstrip without chars, startswith/endswith of one str, upper/lower, `in` on short
# strs (the heap-level paths of vm/objects/str_fast.ts) against the general ones: every kind of
# str (ASCII, Latin-1, BMP, astral, lone surrogates), every Python whitespace, subclasses.
class S(str):
    pass


spaces = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000'
cores = ['', 'a', 'ab c', 'é', 'Straße', 'ΣΑΣ', 'x\U0001f600y', '\ud800', 'a\udc00b', '\U0001f600', 'İi', 'ﬃ', '\u200b']
out = []
for core in cores:
    for pad in ['', ' ', spaces, '\u200b', '\x00']:
        for s in (pad + core + pad, pad + core, core + pad):
            for v in (s, S(s)):
                r = (v.strip(), v.lstrip(), v.rstrip(), v.strip(None), v.lstrip(None), v.rstrip(None))
                out.append(tuple(ascii(x) for x in r) + tuple(type(x).__name__ for x in r))
print(len(out), hash(tuple(out)) if False else len(set(out)))
for t in out[::37]:
    print(t)
words = ['', 'a', 'ab', 'abc', 'é', 'éa', 'a\U0001f600', '\U0001f600', '\ud800', '\ud800\udc00', 'A', 'Ab', 'ΣΑΣ']
res = []
for x in words:
    for y in words:
        for v in (x, S(x)):
            res.append((v.startswith(y), v.endswith(y), v.startswith(S(y)), y in v, S(y) in v))
print(sum(map(sum, res)), [r for r in res[:40]])
for s in ['', 'abc', 'ABC xyz 09_!', 'Straße', 'ΣΑΣ ΟΔΟΣ', 'ǅ', 'ﬃ', 'i\u0307', 'a\U0001f600b', '\ud800x', 'hello World', S('MiXeD')]:
    u, l = s.upper(), s.lower()
    print(ascii(u), ascii(l), type(u).__name__, type(l).__name__, u is s, l is s)
try:
    str.strip(5)
except TypeError as e:
    print(e)
try:
    str.upper(b'x')
except TypeError as e:
    print(e)
try:
    'abc'.startswith(5)
except TypeError as e:
    print(e)
print('abc'.startswith(('x', 'a')), 'abc'.endswith('c', 0, 2), 'abc'.startswith('b', 1), ' x '.strip(' '), 'xyx'.strip('x'))
long = 'ab' * 40 + 'needle' + 'cd' * 40
print('needle' in long, 'nEedle' in long, '' in long, 'dc' in long, 'c' in 'abc', 'abcd' in 'abc')
# replace on short BMP strs (counted, overlapping candidates, no hit, to nothing, to one char)
cases = ['', 'a', 'aaa', 'abab', 'banana', 'xax', 'é\ud800é', '\ud800\udc00', 'mississippi', 'a\U0001f600a']
for s in cases:
    for old in ['a', 'aa', 'an', 'ss', '\ud800', 'é', 'zz', s or 'q']:
        for new in ['', 'b', 'XY', '\U0001f600', '\udc00']:
            r = [s.replace(old, new), s.replace(old, new, 1), s.replace(old, new, 0), s.replace(old, new, -1), S(s).replace(old, new)]
            print(ascii(s), ascii(old), ascii(new), [ascii(x) for x in r], type(r[-1]).__name__, r[0] is s)
print('ab'.replace('a', ''), 'ab'.replace('b', ''), 'a'.replace('a', 'b'), 'aa'.replace('a', '', 1))
try:
    'a'.replace('a', 1)
except TypeError as e:
    print(e)
try:
    'a'.replace('a', 'b', 'x')
except TypeError as e:
    print(e)
