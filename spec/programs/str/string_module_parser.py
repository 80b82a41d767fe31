# _string.formatter_parser / formatter_field_name_split, the helpers of string.Formatter.
import _string


def parse(s):
    return list(_string.formatter_parser(s))


print(parse("prefix {2!s}xxx{0:^+10.3f}{obj.attr!s} {z[0]!s:10}"))
print(parse("prefix {} suffix"), parse("str"), parse(""), parse("{0}"), parse("{{x}}"))
for name in ("obj", "obj.arg", "obj[key]", "obj.arg[key1][key2]", "0.a[1]", "3"):
    first, rest = _string.formatter_field_name_split(name)
    print(repr(first), list(rest))
for bad in (1, None):
    try:
        _string.formatter_parser(bad)
    except TypeError:
        print('TypeError')
try:
    parse("{0!}")
except ValueError as e:
    print('ValueError', e)
