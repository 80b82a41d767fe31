# ZeroDivisionError of BINARY_OP with exact int/bool/float operands is soft-raised by the VM
# (vm/interp/binary_generic.ts): the message of the slot CPython picks, the args tuple, the
# traceback entry, the context, in-place forms, and subclasses whose dunders still run.
for a in [1, 0, -3, True, False, 2**100, 1.5, -0.0, 0.0]:
    for b in [0, False, 0.0, -0.0]:
        for name, f in [('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y)]:
            try:
                r = f(a, b)
                print(a, name, b, '=', r)
            except ZeroDivisionError as e:
                print(a, name, b, type(e).__name__, e, e.args)
for a in [7, 7.0, True]:
    for op in ['/=', '//=', '%=']:
        x = a
        try:
            exec('x ' + op + ' 0')
        except ZeroDivisionError as e:
            print('inplace', a, op, e)
        x = a
        try:
            if op == '/=':
                x /= 0
            elif op == '//=':
                x //= 0.0
            else:
                x %= False
        except ZeroDivisionError as e:
            print('inplace local', a, op, e)


class I(int):
    def __truediv__(self, o):
        return 'I.__truediv__'


class F(float):
    pass


class Z(int):
    def __rtruediv__(self, o):
        return 'Z.__rtruediv__'


class ZF(float):
    def __rfloordiv__(self, o):
        return 'ZF.__rfloordiv__'


print(I(3) / 0, 3 / Z(0), 3 // ZF(0.0))
try:
    F(1.0) % 0
except ZeroDivisionError as e:
    print('F', e)
try:
    I(1) // 0
except ZeroDivisionError as e:
    print('I //', e)
try:
    1 / Z(0) if False else 1 % Z(0)
except ZeroDivisionError as e:
    print('1 % Z(0)', e)
for x, y in [(None, 0), ('s', 0), ([], 0.0)]:
    try:
        x / y
    except TypeError as e:
        print('TypeError', e)


def inner(n):
    return n // 0


def outer():
    try:
        raise KeyError('k')
    except KeyError:
        return inner(5)


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, repr(e.__context__), e.__cause__, e.__suppress_context__)
n = 0
for i in range(1000):
    try:
        i % (i % 3)
    except ZeroDivisionError:
        n += 1
print('caught', n)
total = 0
for i in range(1, 50):
    try:
        total += 100 // (i - 25)
    except ZeroDivisionError as e:
        total += len(str(e))
print(total)
2.5 // 0
