# In printf-style formatting only "%%" is a literal percent sign: a '%' conversion after flags,
# a width, a precision or a mapping key is an unsupported format character (str and bytes).
cases = [('%% %s', 1), ('% %s', 1), ('%  %s', 1), ('% -%s', 1), ('%5%', ()), ('%.2%', ()),
         ('%(a)%', {'a': 1}), ('%(a)s %%', {'a': 1}), ('100%%', ()), ('% %', ())]
for fmt, args in cases:
    for f in (fmt, fmt.encode()):
        try:
            print(repr(f % args))
        except (ValueError, TypeError, KeyError) as e:
            print(type(e).__name__, e)
