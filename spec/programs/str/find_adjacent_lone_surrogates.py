# find/index/count/startswith index by code points in a str holding two lone surrogates side by
# side (they are two code points, not a pair); an astral code point is never found in such a str.
s = 'z\ud834\udd20x"'
print(len(s), s.find('x'), s.index('"'), s.rfind('\udd20'), s.find('\ud834\udd20'), s.count('\ud834'))
print(s.find('\U0001d120'), s.count('\U0001d120'), s.startswith('z\ud834'), s.endswith('\udd20x"'))
print(s.startswith('\U0001d120', 1), s.find('x', 3), s.find('x', 4), s.endswith(('q', 'x"')))
