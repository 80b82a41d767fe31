# time: struct_time, gmtime, strftime's directives, asctime, strptime and its errors (UTC values
# only, so the output does not depend on the machine's time zone)
import time

t = time.gmtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], isinstance(t, tuple), type(t).__name__)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %p %I %e %D %T %R %F %C %G %V %g %%', t))
print(time.asctime(t), time.strftime('%z %Z', time.gmtime(0)))
for when in (0, 86400 * 365 * 30 + 12345, 951782400, 1735603200, 1704067199):
    g = time.gmtime(when)
    print(time.strftime('%G-W%V-%u %U %W %j', g), g.tm_wday, g.tm_yday)
print(time.strptime('2024-02-29 13:45:01', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Thu Mar  7 01:02:03 2024'))
print(time.strptime('5 PM, Jan 3 99', '%I %p, %b %d %y'))
print(time.strptime('2024 10 1', '%Y %W %w'), time.strptime('2024 0 3', '%Y %U %w'))
print(time.strptime('+0530', '%z').tm_gmtoff, time.strptime('366', '%j'), time.strptime('Feb 29', '%b %d'))
for bad in [('2024-13-01', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'), ('x', '%Q'), ('2023-02-29', '%Y-%m-%d')]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print(e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime('%c|%x|%X', (2020, 1, 2, 3, 4, 5, 3, 2, 0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
print(time.get_clock_info('monotonic').monotonic, time.monotonic() <= time.monotonic())
