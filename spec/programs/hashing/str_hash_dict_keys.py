# Dicts and sets of strs made every way (literals, concatenation, slices, str builders, astral
# text, lone surrogates, subclasses) find each other's keys: equal strs hash alike however built.
d = {}
for i in range(500):
    d['key%d' % i] = i
total = 0
for i in range(500):
    k = 'key' + str(i)
    total += d[k]
print(total, len(d))

s = 'p'
parts = []
for i in range(300):
    s += 'q'
    if i % 37 == 0:
        parts.append(s)
table = {p: len(p) for p in parts}
print(all(table[''.join(['p'] + ['q'] * (len(p) - 1))] == len(p) for p in parts))

astral = {'\U0001f600' * n: n for n in range(1, 40)}
built = ''
ok = True
for n in range(1, 40):
    built += '\U0001f600'
    ok = ok and astral[built] == n and built in astral
print(ok, '\U0001f600\U0001f600'[1:] in astral)

lone = {'\ud800': 1, '\ud800\udc00': 2, '\U00010000': 3}
print(lone['\ud800'], lone['\ud800' + '\udc00'], lone['\U00010000'], len(lone))

class S(str):
    pass
m = {S('abc'): 1, 'def': 2}
print(m['abc'], m[S('def')], 'abc' in m, S('ghi') in m)

latin = {'é' * n for n in range(10)}
print(sorted(len(x) for x in latin), ('é' * 3).encode('latin-1').decode('latin-1') in latin)
b = {bytes([i]) * i: i for i in range(30)}
print(sum(b[bytes([i]) * i] for i in range(30)), bytes(bytearray(b'\x05' * 5)) in {b'\x05' * 5})
print(list({memoryview(b'abc'): 1, b'abc': 2}.values()), {b'abc': 5}[memoryview(b'abc')])
