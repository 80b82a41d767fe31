# len() of an object without __len__ and int() of a str that is no literal raise as CPython
# (the VM soft-raises both from CALL: vm/interp/len_soft.ts, objects/int.ts intOfStrSoft):
# messages, args, tracebacks, context, and the paths that still go through the type.
for v in [5, None, 1.5, object(), iter([]), (x for x in []), len]:
    try:
        len(v)
    except TypeError as e:
        print('len', e, e.args)


class L:
    def __len__(self):
        return 7


class Bad:
    def __len__(self):
        return 'x'


class Neg:
    def __len__(self):
        return -1


class NoLen:
    pass


print(len(L()), len(range(10)), len({1: 2}), len(b'ab'), len(bytearray(3)), len(frozenset([1])))
for v in [Bad(), Neg(), NoLen()]:
    try:
        len(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in ['12', ' -7 ', '+0', 'x', '', ' ', '1_000', '1__0', '_1', '\u0661\u0662', '12.5', 'abc' * 30,
          '0x10', '99999999999999999999', '-', '\t42\n', '4 2', '\x00', '\U0001f600', '\ud800', '١']:
    try:
        print('int', repr(s), int(s))
    except ValueError as e:
        print('int', repr(s), 'ValueError', e)


class S(str):
    def __int__(self):
        return 99


print(int(S('5')), int('ff', 16), int(b' 12 '), int(bytearray(b'7')))
for args in [('x', 16), (b'x',), (None,)]:
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise KeyError('k')
    except KeyError:
        int('bad')
except ValueError as e:
    print('context', repr(e.__context__))


def f(v):
    return len(v)


try:
    f(3)
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
n = 0
for i in range(300):
    try:
        n += int(str(i) if i % 7 else 'n%d' % i)
    except ValueError:
        n -= 1
print(n)
len(42)
