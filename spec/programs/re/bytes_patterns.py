# re: bytes patterns on bytes subjects (ASCII classes, IGNORECASE on ASCII letters only).
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.org\r\n'
print(re.match(rb'(\w+) (\S+) HTTP/(\d\.\d)', data).groups())
print(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(re.sub(rb'\d', b'#', data[:24]))
print(re.findall(rb'caf\xe9', b'CAF\xc9 caf\xe9', re.I))
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
