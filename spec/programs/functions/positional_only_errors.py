# Positional-only parameters passed by keyword: every offending name is listed.
def po(a, b, /, c): return a, b, c
for call in (lambda: po(1, b=2, c=3), lambda: po(a=1, b=2, c=3), lambda: po(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
def pk(a, /, **kw): return a, kw
print(pk(1, a=2))
print(po(1, 2, c=3))
