# Malformed UTF-16/UTF-32 data: truncated units, lone or unpaired surrogates, code points out
# of range, under the strict, ignore, replace and surrogateescape error handlers.
cases = [b'a\x00\xe9\x00n', b'a\x00\x00\xd8', b'\x00\xdca\x00', b'\x00\xd8a\x00', b'\x3d\xd8\x00\xde']
for data in cases:
    for errors in ('strict', 'ignore', 'replace', 'surrogateescape'):
        try:
            print(repr(data.decode('utf-16-le', errors)))
        except UnicodeDecodeError as e:
            print(e)
    try:
        print(repr(data.decode('utf-16-be')))
    except UnicodeDecodeError as e:
        print(e)
for data in [b'a\x00\x00\x00\xc3\xa9\\n', b'a\x00\x00\x00\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x00a', b'\x00\x00\x00a\x00']:
    for errors in ('strict', 'ignore', 'replace'):
        try:
            print(repr(data.decode('utf-32-le', errors)))
        except UnicodeDecodeError as e:
            print(e)
    try:
        print(repr(data.decode('utf-32-be')))
    except UnicodeDecodeError as e:
        print(e)
print(repr('a\U0001f600'.encode('utf-16').decode('utf-16')), repr('ab'.encode('utf-32').decode('utf-32')))
