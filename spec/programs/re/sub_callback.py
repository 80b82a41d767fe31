# re: sub with a function replacement, count, and subn's replacement count.
import re

def double(m):
    return str(int(m.group(0)) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.sub(r'\d+', double, 'a1 b22 c333', count=2))
print(re.subn(r'(?P<w>\w+)@(\w+)', lambda m: m['w'].upper() + ' at ' + m.group(2), 'bob@x, al@y'))
print(re.sub(r'\s+', ' ', '  many   spaces\there \n'))
