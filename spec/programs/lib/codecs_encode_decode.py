# codecs.encode/decode, get*coder, the BOM constants and the bytes-to-bytes/str-to-str codecs
import codecs
print(codecs.encode('h\xe9llo'), codecs.encode('h\xe9llo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf8'))
print(codecs.encode('abcXYZ', 'rot13'), codecs.decode('nop', 'rot_13'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'), codecs.decode('01FF', 'hex'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig',
            'latin-1', 'unicode_escape', 'raw_unicode_escape']:
    text = 'a\xe9\n\u20acb\U0001d11e' if enc != 'latin-1' else 'a\xe9\nb'
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text)
print(codecs.getencoder('latin1')('\xe9'), codecs.getdecoder('utf-16-le')(b'a\x00'))
print(codecs.utf_8_decode(b'\xe2\x82', 'strict', False), codecs.utf_16_ex_decode(b'\xff\xfea\x00'))
print(codecs.decode(b'a\\nb\\u20ac\\x41', 'unicode_escape'), codecs.encode('a\nb\u20ac\\', 'raw_unicode_escape'))
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_UTF32_BE, codecs.BOM_LE,
      codecs.BOM_BE, codecs.BOM64_LE, codecs.BOM32_BE)
print(codecs.make_encoding_map({1: 2, 3: 2, 4: 5}), codecs.make_identity_dict(range(3)))
print('abc'.encode('utf_16_be'), b'\x00a'.decode('UTF-16BE'), 'x'.encode('utf-8-sig'))
