# str and bytes hash as CPython 3.11's SipHash-1-3 (PYTHONHASHSEED=0 is the goldens' seed and
# pystm's default): every canonical width (latin-1, UCS-2, UCS-4), every tail length, lone
# surrogates, str subclasses, memoryviews, and the hashes built on them (tuples, frozensets).
samples = ['', 'a', 'ab', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'abcdefghijklmnop',
           'é', 'ÿþ', 'latin-1 only: éàü', 'ā', 'ucs2: Ωλφα', 'äú∑ℇ', '\u20ac' * 9,
           '\U0001f600', 'x\U0001f600', 'mixed é Ω \U0001d11e', '\ud800', 'a\udfff', '\ud834\udd1e',
           '\x00', '\x00' * 8, 'x' * 1000, 'é' * 333, '\U00010000' * 17]
for s in samples:
    print(repr(s)[:40], hash(s), hash(s.encode('utf-8', 'surrogatepass')))
for n in range(0, 20):
    t = ''.join(chr(97 + (i * 7) % 26) for i in range(n))
    print(n, hash(t), hash(t.encode()), hash(bytes(range(n))))

# built up piece by piece (str builders), sliced, joined, formatted: the same hash as a literal
s = ''
for i in range(400):
    s += chr(65 + i % 26)
t = ''.join(chr(65 + i % 26) for i in range(400))
print(hash(s) == hash(t), hash(s), hash(s[:300]), hash(s[7:19]))
a = ''
for i in range(300):
    a += '\U0001f600' if i % 50 == 0 else 'q'
print(hash(a), hash(a[1:50]), hash('%s-%d' % ('key', 12)), hash(f'{"k"}{3}'), hash('-'.join(['a', 'b'])))

class S(str):
    pass
class B(bytes):
    pass
class H(str):
    def __hash__(self):
        return 7
print(hash(S('abc')), hash(B(b'abc')), hash(H('abc')), S('abc').__hash__(), str.__hash__(H('abc')))
print('abc'.__hash__(), b'abc'.__hash__(), bytes.__hash__(b'xyz'), str.__hash__('xyz'))
print(hash(memoryview(b'abc')), hash(memoryview(b'abcdefghijk')), hash(memoryview(b'')), hash(memoryview(b'xabcx')[1:4]))
print(hash(('abc', b'abc', 1)), hash(('a', ('b', 'c'))), hash(frozenset(['a', 'b', 'c'])), hash(frozenset([b'x'])))
print((2**40).__hash__(), int.__hash__(2**62), (1, 'a').__hash__(), float.__hash__(1.5), frozenset('ab').__hash__())

# the orders of sets of strs follow the hashes (CPython's, with this seed)
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print(set('the quick brown fox jumps over the lazy dog'))
print(frozenset(['alpha', 'beta', 'gamma', 'delta', 'epsilon']))
print({b'one', b'two', b'three', b'four'})
print(list({'k%d' % i for i in range(40)}))
words = {w for w in 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod'.split()}
words.discard('sit')
words.add('tempor')
print(words)
print({'x', 'y'} | {'z', 'w'}, {'a', 'b', 'c', 'd'} - {'c'}, {'a', 'b', 'c'} & {'b', 'c', 'd'})
