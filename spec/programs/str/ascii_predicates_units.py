# str predicates of all-ASCII strs answered from the str's units (str_ascii_class.ts), beside the
# Unicode paths they fall back to: every ASCII character alone, edge strs, non-ASCII and astral ones.
preds = ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isascii']
rows = {p: ''.join('1' if getattr(chr(c), p)() else '0' for c in range(128)) for p in preds}
for p in preds:
    print(p, rows[p])
samples = ['', ' ', 'a', 'A', '0', 'aB', 'AB1', 'ab1', 'AB ', 'ab_c', '123', '12.5', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ',
           'ABC def', 'HELLO', 'hello', '1a', '__', 'Ünïcode', 'ÀB', 'àb', '٣', '½', '²', '\u3000', '\x85', '\xa0',
           'a\U0001d400', '\U0001d7ce', 'ǅ', 'ß', 'x' * 1000, '9' * 1000 + 'a']
for s in samples:
    print(repr(s)[:40], [int(getattr(s, p)()) for p in preds])
class S(str):
    pass
print(S('123').isdigit(), S('AbC').isupper(), S(' ').isspace(), str.isalpha('abc'))
try:
    str.isdigit(5)
except TypeError as e:
    print('TypeError:', e)
