# re: positions are code points, also with astral characters; pos and endpos arguments.
import re

s = 'a😀bc😀d'
print([m.span() for m in re.finditer(r'[a-z]+', s)])
print(re.search(r'😀(.)', s).span(1), re.sub(r'😀', '<>', s), len(s))
p = re.compile(r'\w')
print(p.search(s, 2).span(), p.match(s, 1), p.findall(s, 2, 4), p.fullmatch(s, 2, 3))
print(re.findall(r'\d+', 'x١٢٣y45'), re.findall(r'(?a)\d+', 'x١٢٣y45'))
print(re.match(r'^b', 'ab', ) is None, re.compile(r'^b').match('ab', 1) is None, re.compile(r'b').match('ab', 1).span())
