# time.tzset() with TZ in POSIX form: timezone, altzone, daylight, tzname, and localtime/mktime
# follow the rule (northern and southern hemisphere DST, fixed offsets, <+0330> names).
import os
import time

xmas2002 = 1040774400
for tz in ['EST+05EDT,M4.1.0,M10.5.0', 'AEST-10AEDT-11,M10.5.0,M3.5.0', 'UTC+0', 'UTC',
           'CET-1CEST,M3.5.0,M10.5.0/3', 'IST-5:30', '<+0330>-3:30']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for t in (xmas2002, 1057000000, 1049000000, 1067133600, 1067137200, 1711846800, 1711850400):
        lt = time.localtime(t)
        print(' ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == t, time.strftime('%Z %z', lt))
del os.environ['TZ']
time.tzset()
