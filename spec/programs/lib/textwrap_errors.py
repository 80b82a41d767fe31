# textwrap: bad arguments raise CPython's exceptions
import textwrap
for width in (0, -1):
    try:
        textwrap.wrap("abc", width)
    except ValueError as e:
        print('ValueError', e)
for bad in (lambda: textwrap.wrap(None), lambda: textwrap.dedent(None), lambda: textwrap.indent("a", None),
            lambda: textwrap.TextWrapper(bogus=1), lambda: textwrap.fill("a b", width="3")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(textwrap.TextWrapper().width, textwrap.TextWrapper().placeholder, textwrap.TextWrapper().tabsize)
for v in (b"  a", 3):
    try:
        textwrap.dedent(v)
    except TypeError as e:
        print("TypeError", e)
