# Escapes of a high then a low surrogate are two code points, not one astral character: in a
# literal, across implicit concatenation, in f-strings and in constant folding (the compiler
# keeps them apart with compiler/constants.ts PySurrogateStr).
def cps(s):
    return [hex(ord(c)) for c in s]

a = '\ud834\udd1e'
b = '\ud834' '\udd1e'
c = f'\ud834' f'\udd1e'  # no field: one constant (BUILD_STRING at run time joins JS strings)
d = '\ud834' + '\udd1e'
e = '\udd1e\ud834' * 2
print(len(a), cps(a), a == '\U0001d11e', a == b, b == d)
print(len(b), cps(b))
print(len(c), cps(c))
print(len(d), cps(d))
print(len(e), cps(e))
print(len('x\U0001d11ey'), cps('x\U0001d11ey'))
print(cps('\N{LATIN CAPITAL LETTER GHA}\N{NUL}\N{BYTE ORDER MARK}'))
