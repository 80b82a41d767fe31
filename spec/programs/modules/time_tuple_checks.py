# time.asctime/strftime check their tuple as CPython's gettmarg/checktm (C ints, ranges, 0 = first, wday shift); strptime's bad directives and stray %.
import time
t = time.gmtime(1234567890)
print(time.asctime(t), time.strftime('%a %A %b %d %H %I %j %m %M %p %S %U %w %W %y %Y %%', t))
print(time.strftime('%Y %m %d %H %M %S %w %j', (2000,) + (0,) * 8))
print(time.asctime((2147483647, 6, 1) + (0,) * 6)[-10:], time.asctime((-2147483648 + 1900, 6, 1) + (0,) * 6)[-12:])
print(time.strftime('%Y', (-1234,) + (0,) * 8), time.strftime('%Y', (123456789,) + (0,) * 8))
print(time.asctime((1900, 1, 1, 0, 0, 0, -1, 1, -1)) == time.asctime((1900, 1, 1, 0, 0, 0, 6, 1, -1)))
for args in [(2147483648,) + (0,) * 8, (-2147483648 + 1899,) + (0,) * 8, (-2147483648,) + (0,) * 8,
             (1900, -1, 1, 0, 0, 0, 0, 1, -1), (1900, 13, 1, 0, 0, 0, 0, 1, -1), (1900, 1, 32, 0, 0, 0, 0, 1, -1),
             (1900, 1, 1, 24, 0, 0, 0, 1, -1), (1900, 1, 1, 0, 60, 0, 0, 1, -1), (1900, 1, 1, 0, 0, 62, 0, 1, -1),
             (1900, 1, 1, 0, 0, 0, -2, 1, -1), (1900, 1, 1, 0, 0, 0, 0, 367, -1), (1900, 1, 1, 0, 0, 0, 0, -1, -1),
             (1900.0,) + (0,) * 8, (0,) * 10, (), 0]:
    for f in (time.asctime, lambda t: time.strftime('%Y', t)):
        try:
            print(f(args))
        except Exception as e:
            print(type(e).__name__, e)
try:
    time.strftime('%S\0', t)
except ValueError as e:
    print(e)
for s, f in [('', '%D'), ('19', '%Y %'), ('x', '%T'), ('x', '% d'), ('x', '%'), ('03 Feb 2001', '%d %h %Y'), ('12:30:01', '%X')]:
    try:
        print(time.strptime(s, f)[:6])
    except ValueError as e:
        print(e, e.__suppress_context__)
