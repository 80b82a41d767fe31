# strs the VM makes from JS strings (results of str methods, formatting, messages) in one pass
# (vm/objects/str_core.ts make): BMP text, lone surrogates and astral code points keep their
# lengths, equality, hashes and indexing.
s = 'a\U0001f600b'
t = s.upper()
print(len(t), ascii(t), t == 'A\U0001f600B', hash(t) == hash('A\U0001f600B'), ascii(t[1]), ascii(t[2]))
u = '\ud800x'.upper()
print(len(u), ascii(u), u[0] == '\ud800')
v = ('\ud83d' + '\ude00').replace('x', 'y')
print(len(v), ascii(v), v == '\ud83d\ude00', v == '\U0001f600')
w = '%s|%s' % ('\U0001f600', 'é')
print(len(w), ascii(w), w.split('|'))
x = 'é' * 33 + '\U00010348'
print(len(x.lower()), ascii(x.lower()[-2:]), x.lower().count('é'))
y = '{}-{}'.format('\U0001f600' * 3, '\ud800')
print(len(y), ascii(y))
print(ascii(' '.join(['\U0001f600', 'a', '\udfff'])), ascii(repr('\U0001f600')))
print(ascii(str(ValueError('\U0001f600 err'))), len(str(ValueError('\U0001f600 err'))))
