# codecs.lookup finds pystm's own codecs under CPython's names and aliases
import codecs
for n in ['utf-8', 'utf8', 'UTF_8', 'U8', 'utf', 'Utf 8', ' utf-8 ', 'ascii', 'us-ascii', '646',
          'ANSI_X3.4-1968', 'latin-1', 'latin1', 'iso-8859-1', 'iso8859_1', 'L1', 'cp819', 'latin',
          'utf-16', 'utf16', 'utf-16-le', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf-32-le',
          'utf-32-be', 'unicode_escape', 'unicode-escape', 'raw_unicode_escape', 'rot13',
          'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'utf-8-sig']:
    info = codecs.lookup(n)
    print(repr(n), info.name, info._is_text_encoding, type(info).__name__, len(info),
          info.incrementalencoder is not None, info.streamreader is not None)
for name in ['nope', 'utf..8', '']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print('LookupError', e)
info = codecs.lookup('utf-8')
print(isinstance(info, tuple), info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print(codecs.lookup('UTF8') is codecs.lookup('utf8'))
