# Conditional groups whose condition is known only at run time (the backtracking matcher runs
# them): in repeats, testing a group set in an earlier iteration, a group defined later, and on an
# empty subject (where the group is unset only if it did not participate).
import re
def t(p, s, flags=0):
    m = re.search(p, s, flags)
    print(repr(p), repr(s), m and (m.span(), m.groups()))
t(r'(?:(?(1)a|b)(c))+', 'bcac')
t(r'(?:(?(1)a|b)(c))+', 'bcbc')
t(r'(?:(a)|b)(?(1)c|d)', '')
t(r'(?:(a)|b)(?(1)c|d)', 'bd')
t(r'(?:()|x)(?(1)a|)', '')
t(r'(?:()|x)(?(1)a|b)', '')
t(r'(?:(a)|b)*(?(1)x|y)', 'bay')
t(r'(?:(a)|b)*(?(1)x|y)', 'bax')
t(r'((?(1)x|y)a)*', 'yaxa')
t(r'(?:(a)|b)*?(?(1)x|y)', 'bax')
t(r'^(?:(\()|\[)[a-z]+(?(1)\)|\])$', '(abc)')
t(r'^(?:(\()|\[)[a-z]+(?(1)\)|\])$', '[abc]')
t(r'^(?:(\()|\[)[a-z]+(?(1)\)|\])$', '[abc)')
print(re.findall(r'(?:(<)|\b)\w+(?(1)>)', 'a <b> <c d>'))
