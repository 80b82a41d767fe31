# bytes.decode('utf-8') keeps a leading BOM as U+FEFF (only 'utf-8-sig' strips it); the host's
# TextDecoder strips it unless told not to. json.loads then refuses the BOM as CPython does.
import json
b = '[1,2]'.encode('utf-8-sig')
print(ascii(b.decode('utf-8')), ascii(b.decode()), ascii(b.decode('utf-8-sig')))
print(ascii((b'x\xff' + b).decode('utf-8', 'replace')))
try:
    json.loads(b.decode('utf-8'))
except json.JSONDecodeError as e:
    print(e)
print(json.loads(b))
