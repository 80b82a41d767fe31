# str.__format__ with an empty spec is str(self): a str subclass's __str__ runs for '{}'.format,
# format(s), f'{s}'; a non-empty spec formats the str value itself.
class S(str):
    def __str__(self):
        return '__str__ overridden'


s = S('xxx')
print('{}'.format(s), format(s), format(s, ''), f'{s}', '%s' % s)
print(repr(format(s, '>4')), repr(f'{s:<5}'))
print(type(format('abc', '')).__name__, type(format(S('abc'), '^5')).__name__)
