# s += x / s = s + x in big loops (str builders, vm/objects/str_builder.ts): locals, globals,
# attributes, list items, dict values, closures; pieces of every length, astral and lone
# surrogate pieces mixed in; the results are checked against ''.join of the same pieces.
import hashlib

def digest(s):
    return hashlib.sha256(s.encode('utf-8', 'surrogatepass')).hexdigest()[:16]

def pieces(n, seed, astral):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        k = x % 23
        if k == 0:
            out.append('')
        elif k == 1:
            out.append('\U0001f600' if astral else '\uffff')
        elif k == 2:
            out.append('\ud800')              # lone high surrogate
        elif k == 3:
            out.append('\udc00x')             # lone low surrogate
        elif k < 8:
            out.append(chr(0x400 + x % 200) * (x % 5 + 1))
        else:
            out.append(str(x % 1000) * (k % 4 + 1))
    return out

def local_loop(ps):
    s = ''
    for p in ps:
        s += p
    return s

def local_plus(ps):
    s = ''
    for p in ps:
        s = s + p
    return s

G = ''
def global_loop(ps):
    global G
    G = ''
    for p in ps:
        G += p
    return G

class Box:
    def __init__(self):
        self.text = ''

def attr_loop(ps):
    b = Box()
    for p in ps:
        b.text += p
    return b.text

def item_loop(ps):
    lst = ['', 'start:']
    d = {'k': ''}
    for p in ps:
        lst[1] += p
        d['k'] += p
    assert lst[1] == 'start:' + d['k']
    return d['k']

def closure_loop(ps):
    s = ''
    def add(p):
        nonlocal s
        s += p
    for p in ps:
        add(p)
    return s

bmp = [str(i % 97) * (i % 4) for i in range(20000)]
surrogates = pieces(20000, 7, False)
astral = pieces(1500, 11, True)
for name, ps in (('bmp', bmp), ('surrogates', surrogates), ('astral', astral)):
    want = ''.join(ps)
    for f in (local_loop, local_plus, global_loop, attr_loop, item_loop, closure_loop):
        got = f(ps)
        print(name, f.__name__, len(got), got == want, hash(got) == hash(want), digest(got) == digest(want))

# prepend, and appending the string to itself
s = 'seed' * 20
for i in range(12):
    s = s + s
print(len(s), s == 'seed' * 20 * 4096, s.count('seed'))
t = ''
for i in range(3000):
    t = str(i) + t if i % 3 == 0 else t + str(i)
print(len(t), digest(t))

# growing one piece at a time from nothing, through the small-string threshold
u = ''
lens = []
for i in range(600):
    u += chr(97 + i % 26)
    lens.append(len(u) == i + 1 and u[-1] == chr(97 + i % 26) and hash(u) == hash(u[:]))
print(all(lens), u[:30], u[-5:])

# the loop variable's own result used between appends
acc = 'x' * 270
seen = set()
for i in range(2000):
    acc += '.'
    if i % 500 == 0:
        seen.add(acc)
print(len(seen), sorted(len(x) for x in seen), acc in seen, ('x' * 270 + '.') in seen)
