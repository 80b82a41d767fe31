# abs/hex/oct/bin/chr/ord/divmod of small ints (and ord of one-character strs) answered without
# the recursion-level bookkeeping (vm/builtins/builtin_fast_args.ts), beside the general paths.
edge = [0, 1, -1, 7, -7, 255, 256, -256, 2**30 - 1, -2**30, -2**30 + 1, 2**30, -2**30 - 1, 2**31, -2**62, 10**20]
for v in edge:
    print(v, abs(v), hex(v), oct(v), bin(v))
for v in [0, 65, 127, 128, 255, 256, 0x10ffff, 0x1f600, 0xd800]:
    c = chr(v)
    print(v, ascii(c), ord(c))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ['', 'ab', b'a', bytearray(b'z'), 5]:
    try:
        print(ord(s))
    except TypeError as e:
        print('TypeError:', e)
class S(str):
    pass
print(ord(S('q')), chr(True), hex(True), abs(False), divmod(True, 2))
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 1), (-2**30, -1), (-2**30, 1), (2**30 - 1, -2**30),
         (5, 2**40), (2**40, 3), (7.5, 2), (7, 2.5), (-0.0, 1)]
for x, y in pairs:
    print(x, y, divmod(x, y))
for x, y in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(x, y)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
class I(int):
    def __abs__(self):
        return 'abs!'
    def __divmod__(self, o):
        return 'divmod!'
print(abs(I(-3)), divmod(I(3), 2), hex(I(255)))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
