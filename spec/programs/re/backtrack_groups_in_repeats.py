# Capture groups inside repeats as sre keeps them (the backtracking matcher runs these: JS RegExp
# resets a group an iteration skips and drops a last empty iteration): the last value a group
# took in any iteration stays, an iteration that matches empty still sets its groups, and a
# repeat stops after an empty iteration once its minimum is reached.
import re
def t(p, s, flags=0):
    m = re.search(p, s, flags)
    print(repr(p), repr(s), m and (m.span(), m.regs[1:], m.lastindex))
t(r'(?:(a)|b)+', 'ab')
t(r'(?:(a)|b)+', 'bab')
t(r'((a)|b)*', 'ab')
t(r'((a)|(b))*', 'aba')
t(r'(?:(a)|(b))+?c', 'abac')
t(r'(a*)*', 'b')
t(r'(a*)*', 'aab')
t(r'(a*)+', 'b')
t(r'(|a)+', 'aa')
t(r'(a|)*b', 'aab')
t(r'(a*){3}', 'a')
t(r'(a*?)*?b', 'aab')
t(r'(?:(x)?y)*', 'xyyxy')
t(r'(?:(?:a|(b))c)*', 'bcac')
t(r'((x|yz)+?(t)??c)*', 'xtcxyzxc')
t(r'(?:(?:a|bc)*?(xx)??z)*', 'axxzbcz')
t(r'(?:[^b]*a(?=(b)|(a))ab)*', 'aabaab')
t(r'(?:.*?(?=(a)|(b))b)*', 'abab')
t(r'((?!(ab)c)(.))*', 'abab')
t(r'(?:(a)|b)++c', 'abc')          # CPython 3.11 keeps what a failed branch wrote here
t(r'(?:(?:(a)|b)++c)*', 'abc')     # (not inside a general repeat)
t(r'(?:(\w)|\W)+', 'a!', re.A)
for m in re.finditer(r'(?:(\d)|x)+', '1x2 xx 3'):
    print(m.span(), m.groups())
print(re.findall(r'(?:(a)|b)*', 'abba'))
print(re.sub(r'(?:(a)|b)+', r'[\1]', 'ab bb ba'))
print(re.split(r'(?:(,)|;)+', 'a,;b;c'))
