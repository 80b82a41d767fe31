# Text files written and read in encodings other than UTF-8: a byte order mark only at the start of
# the file (utf-16, utf-32, utf-8-sig; none when appending), every byte through the codec (no
# latin-1 truncation), and the errors= handler applied to writes.
import os
path = '/tmp/pystm_fenc_%d.txt' % os.getpid()
for enc in ['utf-16', 'utf-32', 'utf-16-be', 'latin-1', 'ascii', 'cp1252', 'utf-8-sig']:
    with open(path, 'w', encoding=enc) as f:
        f.write('abe' if enc == 'ascii' else 'ab\xe9')
        f.write('\ncd\n')
    with open(path, 'a', encoding=enc) as f:
        f.write('more')
    with open(path, 'rb') as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        back = f.read()
    print(enc, raw, ascii(back))
for enc, errors in [('ascii', 'strict'), ('ascii', 'replace'), ('latin-1', 'xmlcharrefreplace'), ('cp1252', 'backslashreplace')]:
    try:
        with open(path, 'w', encoding=enc, errors=errors) as f:
            f.write('x\u2603y')
        with open(path, 'rb') as f:
            print(enc, errors, f.read())
    except UnicodeEncodeError as e:
        print(enc, errors, 'UnicodeEncodeError', e)
os.remove(path)
