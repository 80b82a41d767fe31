# Backreferences the backtracking matcher runs: to a group that did not participate (never
# matches, where JS RegExp matches it as empty), with IGNORECASE in ASCII, bytes and scoped-flag
# patterns (ASCII letters only, or Unicode simple case folding), and inside repeats.
import re
def t(p, s, flags=0):
    m = re.search(p, s, flags)
    print(repr(p), repr(s), m and (m.span(), m.groups()))
t(r'(a)?\1', 'b')
t(r'(a)?\1', 'aa')
t(r'(a)|\1', 'b')
t(r'(?:(a)|b)\1', 'bb')
t(r'(?:(a)|b)\1', 'aa')
t(r'(?P<x>a)?b(?P=x)', 'ab')
t(r'(a)\1', 'aA', re.I)
t(r'(\w+) \1', 'Été ÉTÉ', re.I)
t(r'(\w+) \1', 'Été ÉTÉ', re.I | re.A)
t(r'(?i:(é))\1', 'éÉ')
t(r'(?i:(é)\1)', 'éÉ')
t(r'(?a)(?i)(k)\1', 'kK')
t(r'(k)\1', 'k\u212a', re.I)
t(r'(s)\1', 's\u017f', re.I)
t(rb'(a)\1', b'aA', re.I)
t(rb'(\xe9)\1', b'\xe9\xc9', re.I)
t(r'(?:(a)|b)+\1', 'abab')
t(r'(?:(a)|b)+?\1', 'aba')
print(re.findall(r'(?:(\d)|-)\1', '11-2-3 44'))
print(re.sub(r'(?i)(?a:(x))\1', '!', 'xX xx Xy'))
