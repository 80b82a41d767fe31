# textwrap.dedent and textwrap.indent
import textwrap
print(repr(textwrap.dedent("    a\n      b\n  \n    c\n")))
print(repr(textwrap.dedent("\ta\n    b\n")))
print(repr(textwrap.dedent("  \t a\n  \t\tb\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("   \n   x\n      \n   y")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("  a\r\n  b\r\n")))
print(repr(textwrap.indent("a\n\nb\r\n c", '> ')))
print(repr(textwrap.indent("a\n\nb\n", '+', lambda line: True)))
print(repr(textwrap.indent("x\n  \ny", '# ', lambda line: line.startswith('y'))))
print(repr(textwrap.indent("", '> ')))
