# String literals: triple quotes, raw strings, escapes, implicit concatenation, unicode names.
a = """line1
line2\tend"""
b = r"raw\n\t\\"
c = "impl" 'icit' "\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0"
print(repr(a), repr(b), repr(c), len(c))
print("\
continued")
