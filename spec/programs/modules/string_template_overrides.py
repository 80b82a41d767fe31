# string.Template subclasses may override delimiter, idpattern, braceidpattern, flags or pattern.
import string

class Bag:
    pass

bag = Bag()
bag.foo = Bag()
bag.foo.who = 'tim'
bag.what = 'ham'

class Mapping:
    def __getitem__(self, name):
        obj = self
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

class Dotted(string.Template):
    idpattern = r'[_a-z][._a-z0-9]*'

m = Mapping()
m.bag = bag
print(Dotted('$bag.foo.who likes to eat a bag of $bag.what').substitute(m))

class AtDelim(string.Template):
    delimiter = '@'
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[_a-z][._a-z0-9]*) |
      {(?P<braced>[^}]*)} |
      (?P<invalid>)
    )
    """

print(AtDelim('@{who} at @@home and @{a b}').safe_substitute({'who': 'x', 'a b': 'spaced'}))

class Braced(string.Template):
    braceidpattern = r'@[a-z]+@'

print(Braced('PyCon in ${@location@}, $who').substitute({'@location@': 'Cleveland', 'who': 'us'}))

class CaseSensitive(string.Template):
    flags = 0
    idpattern = r'[a-z]+'

print(CaseSensitive('$lower $UPPER').safe_substitute(lower='l', UPPER='U'))
try:
    CaseSensitive('$UPPER').substitute(UPPER='U')
except ValueError as e:
    print('ValueError:', e)

class ExtraGroup(string.Template):
    pattern = r'\$(?:(?P<named>[a-w]+)|(?P<escaped>\$)|(?P<braced>!!)|(?P<invalid>!)|(?P<other>x))'

for method in ('is_valid', 'get_identifiers'):
    try:
        print(getattr(ExtraGroup('$abc $x'), method)())
    except ValueError as e:
        print('ValueError:', e.args[0])
t = string.Template('line1\n$who $ \n')
print(t.is_valid(), t.get_identifiers())
try:
    t.substitute(who='x')
except ValueError as e:
    print('ValueError:', e)
print(string.Template.pattern.flags & 2 != 0, type(string.Template.pattern).__name__)
