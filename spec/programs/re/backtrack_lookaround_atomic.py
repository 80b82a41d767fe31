# Atomic groups and possessive repeats inside look-behinds, and look-arounds, atomic groups and
# possessive repeats with groups around them (the backtracking matcher runs the first kind).
import re
def t(p, s, flags=0):
    m = re.search(p, s, flags)
    print(repr(p), repr(s), m and (m.span(), m.groups()))
t(r'(?<=(?>a))b', 'ab')
t(r'(?<=(?>ab|ba))c', 'abc')
t(r'(?<!(?>x))b', 'xb')
t(r'(?<=a{2}+)b', 'aab')
t(r'(?<=a{2}+)b', 'ab')
t(r'(?<=(a){1}+b)c', 'abc')
t(r'(?<=(?>(a|b)))(c)', 'bc')
t(r'(?:(a)|b)(?<=(?>a|b))c', 'bc')
t(r'(?>(a|ab))(c)', 'abc')
t(r'(?>(a|ab))(c)', 'ac')
t(r'(?:(a)|b)*+(c)?', 'abac')
t(r'(x)?+(?(1)y|z)', 'xy')
t(r'(?=(a))?\1', 'a')
t(r'(?!(a)b)(a)?', 'ab')
print(re.findall(r'(?<=(?>[ab]))(c)', 'acbcc'))
