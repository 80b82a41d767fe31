# str.isidentifier(): XID_Start (or '_') then XID_Continue of Unicode 14 (CPython 3.11's table), code point by code point, without NFKC: every code point below U+30000 checked
import sys
cps = [c for c in range(0x30000) if not (0xd800 <= c < 0xe000)]
start = ''.join(chr(c) for c in cps if chr(c).isidentifier())
cont = ''.join(chr(c) for c in cps if ('a' + chr(c)).isidentifier())
print(len(start), len(cont), hash(start) if False else sum(map(ord, start)) % 1000003, sum(map(ord, cont)) % 1000003)
print(''.isidentifier(), '㊀'.isidentifier(), 'ｘ'.isidentifier(), '_1'.isidentifier(), '1a'.isidentifier(), 'a b'.isidentifier())
