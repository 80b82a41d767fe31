# A long str of BMP code units (lone surrogates included) reaches the regex engine whole and
# unchanged: the subject's conversion to a JS string copies its UTF-16 units as they are.
import re

s = ('ab\ud800c' * 5000 + '\udfff' + 'é€' * 3000 + '\udc00z') * 3
print(len(s), re.search('c\udfff', s).span(), ascii(s[:6]))
print(len(re.findall('\ud800', s)), len(re.findall('€', s)), re.search('\udc00z', s).span())
print([m.start() for m in re.finditer('z', s)])
print(re.sub('[é€]', '', s).count('\ud800'), len(re.split('\udfff', s)))
big = 'x' * 10 ** 6 + '\u0101'
print(re.search(r'\Ay', big), re.search('\u0101', big).span(), len(re.findall('^x', big)))
