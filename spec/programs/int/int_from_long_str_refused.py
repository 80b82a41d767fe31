# int(str) past sys.set_int_max_str_digits: refused with the digit count, whatever the sign,
# surrounding spaces, underscores or non-ASCII digits; bad underscores are still "invalid
# literal"; a limit of 0 or a power-of-two base converts anything.
import sys
cases = ['8' * 5000, ' -' + '8' * 5000 + ' ', '8_' * 4400 + '8', '1' * 4300, '1' * 4301 + 'x',
         '0' * 5000, '8__8' + '8' * 5000, '\u0668' * 5000, '8' * 5000 + '\u0668', '-' + '9' * 4301,
         '+1' + '9' * 4301 + '_', ' 1' + '9' * 4301 + '_1', '\t\n+' + '7' * 9999 + '\x0c', '_' + '1' * 5000,
         '1' * 4301 + '\u3000']
for s in cases:
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(str(e)[:140])
print(int('f' * 5000, 16) % 1000, int('1' * 5000, 2) % 1000)
try:
    int('9' * 5000, 36)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(int('8' * 100000) % 97)
