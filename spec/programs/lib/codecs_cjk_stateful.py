# The stateful CJK codecs (hz, iso2022_jp, _jp_1, _jp_2, _jp_2004, _jp_3, _jp_ext, iso2022_kr):
# each codec's escape sequences and shifts written and read, CPython's quirks (an unknown escape
# passing through up to its final byte, '\n' ending SO but not G0, ESC N single shifts in
# iso2022_jp_2, JIS X 0213's pairs, hz's '~~' and line continuation), errors with their ranges
# under the error handlers. (_multibytecodec's objects over them: codecs_cjk_multibyte.py.)
import codecs

NAMES = ['hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3',
         'iso2022_jp_ext', 'iso2022_kr']
TEXTS = ['abc', '日本語のテキスト', '中文字符', '한국어', 'x~y~~{}', 'ｱｲｳ', '\xa5\u203e\\~', 'αβγ éü',
         'か゚き゚ æ̀ ˩˥', '𠀋𪚲', '丂', 'a\nあ\nb', '\x1b\x0e\x0f']


def show_enc(name, text, errors='strict'):
    try:
        return text.encode(name, errors).hex()
    except UnicodeEncodeError as e:
        return 'UnicodeEncodeError %d %d %s' % (e.start, e.end, e.reason)


def show_dec(name, data, errors='strict'):
    try:
        return ascii(data.decode(name, errors))
    except UnicodeDecodeError as e:
        return 'UnicodeDecodeError %d %d %s' % (e.start, e.end, e.reason)


for name in NAMES:
    info = codecs.lookup(name)
    print(name, info.name)
    for text in TEXTS:
        print('  enc', ascii(text), show_enc(name, text), show_enc(name, text, 'replace'),
              show_enc(name, text, 'backslashreplace'))
        data = text.encode(name, 'ignore')
        print('    back', show_dec(name, data))
    for bad in (b'\x1b', b'\x1b$', b'\x1b$B', b'\x1b$B!', b'\x1b$B!!', b'\x1bN', b'\x1bNa', b'\x1b(Zx', b'\x1b$(Cxx',
                b'\x1b$)C\x0e!!\x0f', b'\x1b$)C\x0e!!\n!!', b'\x1b$B!!\n!!', b'\x1b.A\x1bNa', b'\x1b.F\x1bNa',
                b'\x1b$(Q$w\x1b$(P!!', b'\x1b$(O!!', b'\x1b&@\x1b$B!!', b'\x1b(I12', b'\x1b(J\\~', b'a\x80b',
                b'\x1bx\x80yZz', b'\x1b$A!!', b'~{!!~}', b'~{', b'~', b'~~~\na', b'~{\n!~}', b'~x', b'~{~~~}',
                b'\x1b' + b'(' * 20, b'\x1b$B\x7f!', b'\x1b$B! ', b'\x0e\x0f', b'\x1b)C'):
        print('  dec', bad.hex(), show_dec(name, bad), show_dec(name, bad, 'replace'), show_dec(name, bad, 'ignore'),
              show_dec(name, bad, 'backslashreplace'))
