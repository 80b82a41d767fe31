# A lone high surrogate followed by a lone low one is two code points (len 2), also in every str
# method that builds a new str (pystm builds those from JS text, which would pair them): split,
# strip, replace, partition, case mapping, padding, expandtabs, translate, removeprefix,
# format specs, repetition, str() of a subclass, in BMP strs and in strs with astral characters.
hi, lo = '\ud800', '\udc00'
A = '\U0001f600'
s = 'a' + hi + lo + 'b'
t = A + hi + lo + ' x' + lo + hi


def show(k, v):
    if isinstance(v, str):
        v = [v]
    print(k, [len(x) for x in v], [ascii(x) for x in v])


show('replace', s.replace('a', 'x'))
show('replace_mid', ('x' + hi + 'y' + lo).replace('y', ''))
show('replace_astral', t.replace(A, hi))
show('strip', (' ' + hi + lo + ' ').strip())
show('strip_chars', ('x' + hi + lo + 'x').strip('x'))
show('strip_astral', t.strip(hi + A))
show('partition', s.partition('a'))
show('rpartition', s.rpartition('b'))
show('partition_astral', t.partition(lo))
show('split', t.split())
show('split_lo', t.split(lo))
show('rsplit_hi', t.rsplit(hi, 1))
show('split_bmp_astral_sep', s.split('\U00010000'))
show('splitlines', (A + hi + '\n' + lo).splitlines(True))
for name in ('upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize'):
    show(name, getattr(s, name)())
show('upper_astral', (A + lo + hi + 'b').upper())
show('center', (hi + lo).center(6, '*'))
show('center_astral', t.center(12, lo))
show('ljust_fill', hi.ljust(3, lo))
show('zfill', (hi + lo).zfill(4))
show('expandtabs', (A + hi + '\t' + lo).expandtabs(4))
show('translate', s.translate({ord('a'): 'z'}))
show('translate_int', 'ab'.translate({ord('a'): 0xd800, ord('b'): 0xdc00}))
show('translate_str', 'ab'.translate({ord('a'): hi, ord('b'): lo + A}))


class Nested(dict):
    def __missing__(self, k):
        return ('-' + chr(k)).upper().strip('-')  # str methods called inside translate


show('translate_nested', (hi + 'a' + lo).translate(Nested({ord('a'): None})))
show('removeprefix', ('a' + hi + lo).removeprefix('a'))
show('removesuffix', (hi + lo + A).removesuffix(A))
show('mul', (hi + lo) * 2)
show('mul_pair', (lo + hi) * 2)
show('mul_astral', (lo + A + hi) * 2)
show('format_spec', format(hi + lo, '>5'))
show('format_center', format(lo + hi + lo, '^7'))
show('format_method', '{:>4}{}'.format(hi, lo))
show('fstring', f'{hi:<2}{lo}')
show('percent', (hi + lo + '%s') % 'x')


class S(str):
    pass


show('str_subclass', str(S(hi + lo)))
print(type('abc'.partition(S('b'))[1]).__name__)
