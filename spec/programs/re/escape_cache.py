# re: escape() of special characters; compiled patterns are cached and compare equal.
import re

print(re.escape('1+1=2? [yes] (a|b) ^$ \\ ~#&'))
print(re.escape(b'a.b*c'))
needle = 'price: $5.00 (approx)'
print(bool(re.search(re.escape(needle), 'the ' + needle + '!')))
print(re.compile('abc') is re.compile('abc'), re.compile('abc') == re.compile('abc'))
re.purge()
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a') == re.compile('a', re.I))
