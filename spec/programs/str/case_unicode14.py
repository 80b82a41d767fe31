# Case mappings follow CPython 3.11's Unicode 14.0: characters that gained case mappings in later
# Unicode versions (which the host's ICU has) map to themselves.
for s in ['\u019b', '\u0264', '\u1c89\u1c8a', '\ua7cb\ua7cc\ua7dc\ua7da', '\U00010d50\U00010d70',
          '\U00016ea0\U00016ebb', 'x\u019by \u0264z']:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()))
print('\u1ff3\u1ff3\u1ffc\u1ffc'.capitalize() == '\u1ffc\u1ff3\u1ff3\u1ff3', 'Straße'.upper(), 'ΣΑΣ'.lower())
