# The stateless CJK codecs: text in Japanese, Chinese and Korean encoded and decoded by each,
# names and aliases, errors with their ranges and reasons (illegal and incomplete sequences,
# unencodable characters) under each error handler, gb18030's four-byte form (astral
# characters), euc_kr's make-up sequences, big5hkscs' pairs of characters, the incremental
# decoder fed one byte at a time and the incremental encoder holding a pair's first character.
import codecs

text = '日本語のテキスト、中文字符。한국어 ＡＢＣ abc ¥ \u203e ～ 〜'
names = ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp',
         'euc_kr', 'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']
for name in names:
    info = codecs.lookup(name)
    data = text.encode(name, 'replace')
    print(name, info.name, data.hex())
    print('  back', ascii(data.decode(name)))
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            print('  enc', errors, text.encode(name, errors).hex())
        except UnicodeEncodeError as e:
            print('  enc', errors, 'UnicodeEncodeError', e.start, e.end, e.reason)
    for bad in (b'\x81', b'\xa4', b'a\x80b', b'\xff\xfe', b'\x81\x30', b'\x8f\xa1', b'\xa4\xd4\xa4', b'\xc8\x20x'):
        try:
            r = ascii(bad.decode(name))
        except UnicodeDecodeError as e:
            r = 'UnicodeDecodeError %d %d %s' % (e.start, e.end, e.reason)
        print('  dec', bad.hex(), r, ascii(bad.decode(name, 'replace')), ascii(bad.decode(name, 'backslashreplace')))
    dec = codecs.getincrementaldecoder(name)()
    print('  inc', ascii([dec.decode(bytes([b])) for b in data] + [dec.decode(b'', True)]))
for alias in ('sjis', 'Shift-JIS', 'ms_kanji', 'eucjp', 'ujis', 'euc-kr', 'ks_c_5601-1987', 'uhc', 'cp936', '936',
              'gb2312-1980', 'chinese', 'big5-tw', 'hkscs', 'ms950', 'GB18030-2000', 'johab', 'cp1361'):
    print(alias, codecs.lookup(alias).name)
print('\U0001f600\U00010000'.encode('gb18030').hex(), ascii(bytes.fromhex('9439fc36').decode('gb18030')))
print('뷁 가'.encode('euc_kr').hex(), ascii(bytes.fromhex('a4d4a4bba4d1a4aa').decode('euc_kr')))
print('\u00ca\u0304\u00ca'.encode('big5hkscs').hex(), ascii(bytes.fromhex('886288648866').decode('big5hkscs')))
enc = codecs.getincrementalencoder('big5hkscs')()
print([enc.encode(c).hex() for c in '\u00ca\u0304\u00ca'] + [enc.encode('', True).hex()])
