# Single-byte codecs without the stdlib's encodings package (lib/_charmap_tables.py): names and
# aliases, full decode/encode tables checked by digest, error handlers, incremental decoding and
# files opened with encoding='cp1252'.
import codecs, hashlib
names = ['cp1252', 'windows-1252', 'CP437', 'latin2', 'iso-8859-15', 'koi8_r', 'mac-roman', 'cp037', 'cp1006', 'tis-620', 'ibm850', 'cyrillic', 'hebrew', 'greek8']
for n in names:
    info = codecs.lookup(n)
    dec = bytes(range(256)).decode(n, 'replace')
    enc = ''.join(c for c in dec if c != '\ufffd').encode(n)
    all_enc = ''.join(chr(c) for c in range(0, 0x2200, 3)).encode(n, 'xmlcharrefreplace')
    print(n, info.name, hashlib.md5(dec.encode('utf-8')).hexdigest(), hashlib.md5(enc).hexdigest(), hashlib.md5(all_enc).hexdigest())
for n, b in [('cp1252', b'\x81'), ('iso8859_3', b'\xa5'), ('cp1255', b'\xca\xd9')]:
    try:
        b.decode(n)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print(ascii(b.decode(n, 'replace')), ascii(b.decode(n, 'ignore')), ascii(b.decode(n, 'backslashreplace')))
for n, s in [('cp1252', 'caf\u00e9 \u20ac \u2603'), ('koi8-r', '\u041f\u0440\u0438\u0432\u0435\u0442 \u00e9')]:
    try:
        s.encode(n)
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    print(s.encode(n, 'replace'), s.encode(n, 'ignore'), s.encode(n, 'xmlcharrefreplace'), s.encode(n, 'backslashreplace'))
d = codecs.getincrementaldecoder('cp1251')()
print(ascii(d.decode(b'\xcf\xf0') + d.decode(b'\xe8\xe2\xe5\xf2', final=True)))
import io
import os
path = '/tmp/pystm_charmap_%d.txt' % os.getpid()
with open(path, 'w', encoding='cp1252') as f:
    f.write('Grüße €\nzweite Zeile\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='cp1252') as f:
    print([ascii(line) for line in f])
os.remove(path)
print(codecs.lookup('windows_1251').name, codecs.lookup('L2').name, codecs.lookup('ISO_8859-5:1988').name)
