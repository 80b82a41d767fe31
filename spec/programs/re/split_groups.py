# re: split with capturing groups, maxsplit, and empty matches (CPython 3.7+ rules).
import re

print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'([,;])', 'a,b;c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.split(r'x*', 'axbxxc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'', 'abc'))
print(re.split(r'(?=[A-Z])', 'CamelCaseWord'))
