# re: replacement templates: \1, \g<name>, \g<0>, escapes, unmatched groups become ''.
import re

print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=1 b=2'))
print(re.sub(r'(?P<key>\w+):(?P<val>\d+)', r'\g<val>->\g<key>', 'x:1 y:22'))
print(re.sub(r'(a)|(b)', r'[\1|\2]', 'abc'))
print(re.sub(r'o', r'\n', 'foo').split('\n'))
print(re.sub(r'(\d)', r'\g<1>0', 'n1 n2'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace')
print(m.expand(r'\g<last>, \g<first> (\g<0>)'))
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
