# textwrap.wrap/fill with each TextWrapper option, against CPython's output
import textwrap
t = ("The quick brown fox jumped over the lazy dog. Hello there -- this is a well-known test, "
     "e.g. x-ray and --foo bar-- baz 1-2-3 ab-cd-ef supercalifragilisticexpialidocious-word end.  "
     "Mr. Smith?  Yes.")
for w in (1, 5, 10, 17, 30, 45):
    print(w, textwrap.wrap(t, w))
    print(w, textwrap.wrap(t, w, break_on_hyphens=False, fix_sentence_endings=True))
    print(w, textwrap.wrap(t, w, break_long_words=False, drop_whitespace=False))
print(textwrap.fill("a\tb\tc\nd  e", 12, initial_indent='* ', subsequent_indent='  ', tabsize=4))
print(repr(textwrap.fill("a\tb\tc\nd  e", 12, replace_whitespace=False, expand_tabs=False)))
print(repr(textwrap.fill("a\tb\tc\nd  e", 12, expand_tabs=False)))
w = textwrap.TextWrapper(width=20, initial_indent='>>> ', subsequent_indent='... ')
print(w.fill("def f(x): return x * 2 if x > 0 else -x"))
w.width = 12
print(w.wrap("short words only here"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead", 10, drop_whitespace=False))
print(textwrap.wrap("--abc-def-- ---- a-b", 4))
print(textwrap.wrap("xxxxxxxxx-yyy", 6), textwrap.wrap("----------xx", 5))
print(textwrap.wrap("Hello world. Goodbye.", 30, fix_sentence_endings=True))
print(textwrap.wrap('He said "yes." Then left!  "Go?" she asked.', 60, fix_sentence_endings=True))
