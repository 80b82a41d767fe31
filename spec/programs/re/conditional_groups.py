# Conditional groups (?(1)yes|no) and (?(name)yes|no): CPython's results, including groups set or
# not by alternation or an optional repeat, forward references (never set), and compile errors.
import re
def t(p, s, m='match'):
    try:
        r = getattr(re, m)(p, s)
        print(repr(p), repr(s), r and (r.span(), r.groups()))
    except re.error as e:
        print(repr(p), 'error', e, e.pos)
t(r'^(\()?([^()]+)(?(1)\))$', '(a)')
t(r'^(\()?([^()]+)(?(1)\))$', 'a')
t(r'^(\()?([^()]+)(?(1)\))$', 'a)')
t(r'^(\()?([^()]+)(?(1)\))$', '(a')
t('^(?:(a)|c)((?(1)b|d))$', 'ab')
t('^(?:(a)|c)((?(1)b|d))$', 'cd')
t('^(?:(a)|c)((?(1)|d))$', 'cd')
t('^(?:(a)|c)((?(1)|d))$', 'a')
p = '(?P<g1>a)(?P<g2>b)?((?(g2)c|d))'
for s in ('abc', 'ad', 'abd', 'ac'):
    t(p, s)
pat = '|'.join('x(?P<a%d>%x)y' % (i, i) for i in range(1, 200 + 1))
t('(?:%s)(?(200)z)' % pat, 'xc8yz')
t('(?:%s)(?(200)z|t)' % pat, 'xc8yz')
t(r'(?:(a)|(x))b(?=(?(2)x|c))c', 'abc')
t(r'(?:(a)|(x))b(?=(?(2)c|x))c', 'abc')
t(r'(?:(a)|(x))b(?=(?(1)b|x))c', 'abc')
t(r'(?:(a)|(x))b(?=(?(1)c|x))c', 'abc')
t(r'(a)b(?=(?(2)x|c))(c)', 'abc')
t(r'(a)b(?=(?(2)b|x))(c)', 'abc')
t(r'(a)b(?=(?(1)c|x))(c)', 'abc')
t("(?P<quote>)(?(quote))", '')
t("(?P<quote>)(?(quote)|x)", 'x')
t(r'(a)(?(1)b|c)', 'ab')
t(r'(a(?(1)b|c))', 'ac')
t(r'(?(1)a|b)(x)', 'bx')
t(r'(?P<a>x)(?P=a)(?(a)y)', 'xxy')
for bad in (r'(?(', r'(?())', r'(?(a))', r'(?(-1))', r'(?(1a))', r'(?(a.))', '(?(©)y)', r'(?P<a>)(?(0)a|b)',
            r'()(?(-1)a|b)', r'()(?(㊀)a|b)', r'()(?(1', r'()(?(1)a', r'()(?(1)a|b', r'()(?(1)a|b|c', r'()(?(1)a|b|c)', r'()(?(2)a)',
            r'(?P<a>)(?(1073741823))', r'(?<=(a)(?(1)x|yy))'):
    t(bad, '')
for s in ('<a@b>', 'a@b', '<a@b', 'a@b>'):
    t(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', s, 'search')
print(re.findall(r'(\()?\d+(?(1)\))', '(1) 2 (3 4)'))
print(re.sub(r'(\()?(\d+)(?(1)\))', r'[\2]', '(1) 2 (3 4)'))
t(r'()(?(1)\x41?)', 'A')
t(r'(?:(a)|b)(?(1)c|d)(?(1)e)', 'bd')
t(r'(?:(a)|b)(?(1)c|d)(?(1)e)', 'ace')
print(re.fullmatch(r'(a)?(?(1)b|c)', 'c'), re.fullmatch(r'(a)?(?(1)b|c)', 'ab'))
