# Exercises string; output is compared between CPython's string and pystm's lib/string.py.
import string
from string import Template, Formatter


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))
for s, sep in [('hello world', None), ('  hello   wORLD  ', None), ('a-b-c', '-'), ('', None),
               ('x--y', '-'), ("it's o'neil", None), ('tab\tsep\nnew', None), ('ab', 'b')]:
    print(repr(s), repr(sep), repr(string.capwords(s, sep)))

# Template
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.substitute({'who': 'x', 'what': 'y'}, what='kw wins'))
print(Template('$$ is a dollar; ${noun}ification; $x$y; $_a1 $A').substitute(noun='grat', x=1, y=2, _a1='u', A='caps'))
print(Template('cost: $$5 ${a}b $a.b').substitute(a=[1]))
print(Template('').substitute(), Template('no placeholders').substitute(x=1))
attempt('missing key', Template('$who and $missing').substitute, who='me')
attempt('missing braced', Template('${missing}').substitute)
for tpl in ['$', 'a $ b', '$1', '${', '${x', '${ x}', '${1}', 'line1\nline2 $!', 'ab\r\ncd $', '\n\n  $ ', '${}', '$-']:
    attempt('invalid %r' % tpl, Template(tpl).substitute, x=1)
    print(' safe', repr(Template(tpl).safe_substitute(x=1)), Template(tpl).is_valid(), Template(tpl).get_identifiers())
print(Template('$who likes $what $$ ${what}').safe_substitute(who='a'))
print(Template('${a}${b}$c$a').get_identifiers(), Template('$a $$ $b').is_valid())
print(Template('$x').substitute(x=3.5), Template('$x').substitute(x=None), Template('$x$x').substitute({'x': 'y'}))
print(Template('$ÿ $xÿ').safe_substitute({'x': 1}))
print(Template('${a_b} $a_b_ $ab1c').substitute(a_b='1', a_b_='2', ab1c='3'))


class Percent(Template):
    delimiter = '%'


print(Percent('%who %% %{x}y %').safe_substitute(who='me', x='X'))
attempt('percent invalid', Percent('50% off').substitute)


class Multi(Template):
    delimiter = '<<'


print(Multi('<<a and <<<<b <<{c}').safe_substitute(a=1, c=3))
print(Template.delimiter, Template('x').template)

# Formatter
F = Formatter()
for s in ['a{{b}}c', '{0}', '{}{}', '{a.b[0]}', '{0!r:>{1}}', '{!s}', '{:{}}', 'x}', '{', 'a{',
          '{0', '{0!', '{0!r', '{0!rr}', '{0!}', '{a[}', '{a[:]}', '{a[!]}', '{{}}', '}}', '{0:{{}}}',
          '{a{b}', '{0:{1:{2}}}', '{!}', '{:}', '{[}', '{0]}', '{0.}', '{0[0]x}', '{0[]}', 'abc', '',
          '{0!a}', '{!r:x}', '{ 0 }', '{0[a:b]}', '{0:abc', '{0:{', '{0!r:', '{0!r}', '{0:}}',
          '{0:x}}}', '{:{:{}}}', '{0[}]}', '{0[x]', '{0!rx', '{0!:}', '{0!!}', '{0!:x}',
          'a{}b{{c}}d{0:>{1}.{2}f}e']:
    attempt('parse %r' % s, lambda s=s: list(F.parse(s)))


class P:
    real = 'attr'
    items = {'k': 'v'}


print(F.format('{0:>{1}}|{name!r}|{0[1]}|{x.real}|{x.items[k]}', 'ab', 5, name='n', x=P()))
print(F.format('{} {} {}', 1, 'a', [2]), F.format('{0}{1}{0}', 'x', 'y'), F.format('{:.3f}|{:>6}|{:*^7}', 3.14159, 'r', 'c'))
print(F.format('{0!s} {0!r} {0!a}', 'é'), F.format('{a[0]} {a[1][0]}', a=[1, [2]]), F.format('{0.imag}', 3j))
print(F.format('{:{}{}}', 5, '>', 4), F.format('{0:{fill}^{width}}', 'm', fill='-', width=5))
for args in [('{} {1}', 1, 2), ('{0} {}', 1, 2), ('{}',), ('{x}',), ('{0!z}', 1), ('{:{:{:{}}}}', 1, 2, 3, 4),
             ('{0.zz}', 1), ('{0[5]}', [1]), ('{0[a}', {}), ('{0.}', 1), ('{0[0]x}', [1]), ('{0[]}', [1])]:
    attempt('format %r' % (args,), F.format, *args)
print(F.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))


class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return Formatter.get_value(self, key, args, kwargs)

    def format_field(self, value, spec):
        return Formatter.format_field(self, value, spec).upper()

    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))


print(Upper().format('{a} {missing} {0}', 'z', a='b'))
print(F.convert_field('x', 'r'), F.convert_field(1, None), F.get_field('0.real', [5], {}))
attempt('convert bad', F.convert_field, 1, 'q')
