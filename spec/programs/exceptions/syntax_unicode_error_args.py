# SyntaxError checks its (filename, lineno, offset, text[, end_lineno, end_offset]) tuple;
# the Unicode errors build their message from their (changeable) attributes.
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try: SyntaxError("bad bad", args); print("ok")
    except TypeError as e: print("TypeError", e)
s = SyntaxError("bad bad", ("bad.py", 1, 2, "abcdefg", 1, 7))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.args)
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u = UnicodeEncodeError('baz', '\u20ac\U0001f600x', 0, 1, 'r')
print(str(u))
u.start = 1; u.end = 2
print(str(u))
u.start = 2; u.end = 3
print(str(u))
print(repr(UnicodeEncodeError('a', 'b', 0, 1, 'c')))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(u.encoding, u.object, u.start, u.end, u.reason, u.args)
try: UnicodeTranslateError('x', 1)
except TypeError as e: print(e)
