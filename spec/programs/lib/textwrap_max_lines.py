# textwrap max_lines/placeholder and shorten()
import textwrap
t = "The quick brown fox jumped over the lazy dog and kept running far away into the hills."
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(t, 20, max_lines=n))
    print(n, textwrap.wrap(t, 20, max_lines=n, placeholder='...'))
print(textwrap.wrap(t, 12, max_lines=2, placeholder=' [..]', initial_indent='  ', subsequent_indent='    '))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bb", 10, max_lines=2))
print(textwrap.wrap("one two", 7, max_lines=1))
print(repr(textwrap.shorten("Hello  world!   how are you", 12)))
print(repr(textwrap.shorten("Hello  world!", 11)))
print(repr(textwrap.shorten("Hello world!", 12)))
print(repr(textwrap.shorten("  lots   of\n\nspace\there  ", 40)))
print(repr(textwrap.shorten(t, 30, placeholder=' (more)')))
print(repr(textwrap.shorten("supercalifragilistic", 10)))
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap("hello world", 8, max_lines=2, subsequent_indent='      ')
except ValueError as e:
    print('ValueError', e)
