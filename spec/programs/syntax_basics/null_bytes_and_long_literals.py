# A NUL in a source string and a decimal literal longer than sys.get_int_max_str_digits() are
# SyntaxErrors at compile time, as CPython 3.11 reports them.
import sys
for src in ['x = 1\0', b'x = 1\0', b'# coding: latin-1\nx = 1\0']:
    for mode in ('exec', 'eval'):
        try:
            compile(src, 's', mode)
        except SyntaxError as e:
            print(repr(e), e.lineno, e.offset, e.text)
for src in ['x = ' + '1' * 5000, 'x = ' + '1_' * 2500 + '1', 'x = 0x' + 'f' * 6000, 'x = ' + '1' * 5000 + '.0',
            'f(\n' + '2' * 4301 + ')', 'x = ' + '1' * 4300]:
    try:
        compile(src, 's', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text), repr(e.text[-3:]))
sys.set_int_max_str_digits(6000)
compile('x = ' + '1' * 5000, 's', 'exec')
print('compiled at 6000')
sys.set_int_max_str_digits(0)
print(len(str(eval('1' * 50000))))
sys.set_int_max_str_digits(1000)
try:
    eval('1' * 1001)
except SyntaxError as e:
    print(e)
try:
    int('9' * 1001)
except ValueError as e:
    print(e)
