# Views of one str builder (vm/objects/str_builder.ts): `a = s + 'x'; b = s + 'y'` (the second
# must copy), and every str operation on results of long concatenations: hashing, dict and set
# keys, equality with plain strs, ordering, slicing, find, re, encode, format, %, join, split,
# int(), str subclasses, json and repr round trips.
import re, json, copy, sys

base = 'abcdefghij' * 30         # 300 units: long enough to be a builder
s = base + '!'
a = s + 'x'
b = s + 'y'
c = a + 'z'
d = s + 'w'
print(a[-3:], b[-3:], c[-4:], d[-3:], s[-2:])
print(len(s), len(a), len(b), len(c), len(d))
plain = 'abcdefghij' * 30 + '!x'
print(a == plain, a is plain, hash(a) == hash(plain), a == b, a < b, b > a, c > a, sorted([d, c, b, a, s])[0] == s)
keys = {a: 'a', b: 'b', c: 'c', s: 's'}
print(keys[plain], keys[base + '!y'], keys[base + '!xz'], keys[base + '!'], len({a, b, c, d, s, plain}))

# a long chain, then views taken along the way
t = 'start-' * 45
snaps = []
for i in range(500):
    t += str(i)
    if i % 100 == 0:
        snaps.append(t)
for x in snaps:
    print(len(x), x[-5:], x.count('start'), hash(x) == hash(''.join(x)), x in t, t.startswith(x))
# appending to an old snapshot copies; the newest one still grows in place
old = snaps[1] + '#'
t2 = t + '#'
print(old[-4:], t2[-4:], len(old), len(t2), snaps[1][-3:], t[-3:])

# operations
u = ('word ' * 60) + 'end 12345 ' + 'tail'
print(u.find('end'), u.rfind('word'), u.index('12345'), u.count('word'), u.split()[-3:], u.upper()[-9:])
print(u[5:15], u[::-7][:10], u[-4:], u.replace('word', 'W')[:12], u.partition('end'))
print(re.findall(r'\d+', u), re.sub(r'word', 'X', u)[:10], re.search(r'end (\d+)', u).group(1))
print(u.encode()[-10:], u.encode('utf-16-le')[-4:], len(u.encode('utf-32')))
print(format(u, '>330')[:12], ('%s|' % u)[-6:], f'{u!r:.20}', '{0:.8}'.format(u), repr(u)[:10])
print('-'.join([u[-4:], a[-2:]]), ','.join([a, b])[-6:], u.strip('tail'), u.title()[:10])
n = '1' * 130 + '2' * 140
print(int(n) % 1000007, float('1' * 60 + '.5') > 1e59, n.isdigit(), n.zfill(75)[:6])
print(u.center(120, '*')[:6], list(u[-4:]), [ch for ch in reversed(u[-3:])], u.casefold()[-3:])
print(u.expandtabs(), u.splitlines()[0][-5:], u.isidentifier(), (u + '\n' + u).splitlines()[1][-4:])

# str subclasses: + on them and on their results
class S(str):
    def tag(self):
        return '<' + self + '>'
v = S('q' * 300)
w = v + 'r'
print(type(w).__name__, len(w), w[-2:], v.tag()[-3:], len(v.tag()), S(w + 'k')[-2:], type(S(w) + 's').__name__)
w2 = w
for i in range(200):
    w2 += S('.')
print(len(w2), w2.count('.'), type(w2).__name__, isinstance(w2, S))

# serialization of views
big = 'p' * 300
for i in range(50):
    big += 'ab'
print(json.loads(json.dumps(big)) == big, copy.deepcopy(big) == big, eval(repr(big)) == big)
print(sys.intern(big) == big, sys.intern(big) is sys.intern(big[:]), str(big) is big)

# astral and lone surrogates meeting views
e = base + '\ud800'
f = e + '\udc00'
g = base + '\U0001f600'
print(len(f), f[-2:] == '\ud800\udc00', len(f[-2:]), len(g), g[-1] == '\U0001f600', (g + 'x')[-2:] == '\U0001f600x')
print(ascii(f[-3:]), ascii((f + f)[-4:]), len(f + g), (f + g)[300:304] == '\ud800\udc00ab')

# hash: equal strs hash alike however they were built, including around the -1/-2 fold
built = ''
for ch in 'The quick brown fox jumps over the lazy dog, again and again and again, twice' * 4:
    built += ch
lit = 'The quick brown fox jumps over the lazy dog, again and again and again, twice' * 4
print(built == lit, hash(built) == hash(lit), {built: 1}[lit], lit in {built}, built.__hash__() == lit.__hash__())

# views as attribute and global names (looked up by hash like interned names)
class O:
    pass
o = O()
name = ''.join(['attr'] * 70) + '_z'
setattr(o, name, 5)
print(getattr(o, 'attr' * 70 + '_z'), getattr(o, name), hasattr(o, name), name in o.__dict__, o.__dict__[name])
globals()[name] = 7
print(eval('attr' * 70 + '_z'), globals()['attr' * 70 + '_z'], vars(o) == {name: 5})
print(sys.getsizeof(name) == sys.getsizeof('attr' * 70 + '_z'))
