# re: flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII), inline and scoped, and their reprs.
import re

print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'(?m)end$', 'the end\nan end'))
print(re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.S).group())
print(re.findall(r'hello', 'Hello HELLO hello', re.I))
print(re.findall(r'(?i:h)ello', 'Hello hELLO hello'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.I | re.M, repr(re.S), int(re.X), re.compile('x', re.I | re.S))
print(re.compile(r'''
    \d+   # number
    [a-z] # unit
''', re.X).findall('10m 5s 7'))
