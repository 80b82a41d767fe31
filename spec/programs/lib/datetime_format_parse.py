# datetime (lib/datetime.py): isoformat/fromisoformat (3.11's wider forms), str/repr, strftime (%f %z %Z), strptime, ctime, format().
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = datetime(2020, 1, 1, 12, 30, 15, 1500)
print([d.isoformat(sep=' ', timespec=s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto')])
print([time(12, 30, 15, 1500).isoformat(s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto')])
print(str(datetime(2020, 1, 1)), str(time(1, 2, 3, tzinfo=timezone(timedelta(hours=-1)))), str(date(5, 1, 1)), repr(datetime(5, 1, 1, 0, 0, 1)), repr(time(0, 0, 0, 1)))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5, seconds=-1))).isoformat(), time(1, tzinfo=timezone(timedelta(microseconds=1))).isoformat())
print(str(timezone(timedelta(hours=-5, seconds=-1))), str(timezone(timedelta(hours=-5, microseconds=-1))), str(timezone.utc), str(timezone(timedelta(hours=1), 'X')))
for s in ['2020-01-01', '20200101', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-W53-7']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2020-01-01', '2020-01-01T12', '2020-01-01 12:30', '2020-01-01T12:30:15', '2020-01-01T12:30:15.5',
          '2020-01-01T12:30:15,123', '2020-01-01T12:30:15.1234567', '2020-01-01T12:30:15Z', '2020-01-01T12:30:15-05:00',
          '2020-01-01T12:30:15+0530', '2020-01-01T12:30:15+05', '2020-01-01T12:30:15.000001+05:30:15.5', '20200101T123015',
          '2020W011T12', '2020-W01T12', '20200101 1230Z', '2020-01-01T12:30:00-00:00', '2020-12-31T23:59:59.999999+23:59']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['T1230', '12:30:00,5', '12:30:00-0530', '123000.25', '12', '12:30', '12:30:15.123456Z']:
    print(s, repr(time.fromisoformat(s)))
for bad in [lambda: datetime.fromisoformat('2020-13-01'), lambda: datetime.fromisoformat(1), lambda: date.fromisoformat(b'x'),
            lambda: datetime.fromisoformat('2020-01-01T25:00'), lambda: datetime.fromisoformat('2020-01-01Tx'),
            lambda: date.fromisoformat('2020-1-01'), lambda: date.fromisoformat('2020-02-30'), lambda: date.fromisoformat('2020-01-01T00'),
            lambda: time.fromisoformat('12:30:61'), lambda: datetime.fromisoformat('2020-01-01T'),
            lambda: datetime.fromisoformat('2020-01-01T12:3'), lambda: datetime.fromisoformat('2020-01-01T12:30:00+'),
            lambda: datetime.fromisoformat('2020-01-01T12:30:00.'), lambda: datetime.fromisoformat('2020-01-01T1230:00'),
            lambda: time.fromisoformat('12:30:00+24:00'), lambda: datetime(2020, 1, 1).isoformat(1),
            lambda: datetime(2020, 1, 1).isoformat('ab'), lambda: datetime(2020, 1, 1).isoformat(timespec='x'),
            lambda: time(1).isoformat('days'), lambda: datetime(2020, 1, 1).strftime(1), lambda: format(datetime(2020, 1, 1), 1)]:
    t(bad)
print(datetime(2021, 3, 4, 5, 6, 7, 8).strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %U %W %w %u %p %I %y %%f %% %c %x %X'))
print(datetime(2021, 3, 4, 5, 6, 7, 8, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'A%B')).strftime('%z|%Z|%c'))
print(datetime(2021, 3, 4, tzinfo=timezone(timedelta(seconds=5400, microseconds=7))).strftime('%z'), datetime(2021, 3, 4, tzinfo=timezone.utc).strftime('%z %Z'))
print(time(5, 6, 7, 8).strftime('%H %f %Y %m %d'), time(5, tzinfo=timezone.utc).strftime('%Z %z'), date(2021, 3, 4).strftime('%f|%z|%Z|%c|%H'))
print(date(1, 2, 3).strftime('%Y %y %d'), date(999, 1, 1).isoformat(), datetime(2021, 3, 4, 5, 6, 7).ctime(), date(2021, 3, 4).ctime())
print(f'{date(2021, 3, 4):%d/%m/%Y} {datetime(2021, 3, 4):} {time(1):%H} {time(1)} {timedelta(1)!s:>20}|')
print(repr(datetime.strptime('2021-03-04 05:06:07.123 +0530', '%Y-%m-%d %H:%M:%S.%f %z')))
print(repr(datetime.strptime('2021-03-04 05:06:07 UTC', '%Y-%m-%d %H:%M:%S %Z')))
print(repr(datetime.strptime('2021-03-04 05:06:07 -05:30:15.25', '%Y-%m-%d %H:%M:%S %z')))
print(repr(datetime.strptime('Thu Mar  4 05:06:07 2021', '%c')), repr(datetime.strptime('2021 Z', '%Y %z')))
print(repr(datetime.strptime('03/04/21 5PM', '%m/%d/%y %I%p')), repr(datetime.strptime('2021 10 1', '%Y %W %w')))
for bad in [lambda: datetime.strptime('Feb 29', '%b %d'), lambda: datetime.strptime('2021-03-04', '%Y-%m'),
            lambda: datetime.strptime('2021', '%Y-%m'), lambda: datetime.strptime(1, '%Y'), lambda: datetime.strptime('1', 1),
            lambda: datetime.strptime('1', '%Q')]:
    t(bad)
for s, f in [("-2400", "%z"), ("-000", "%z"), ("z", "%z"), ("Z", "%z"), ("+01:30:5", "%z"), ("-23:59", "%z"), ("13:02:47.197", "%H:%M:%S.%f")]:
    t(lambda: datetime.strptime(s, f))
# basic week dates run into the time: the parity of the digit run says whether a day is there
for s in ['2022W52520', '2022W527520', '2026W013516', '2022W5252', '2022W525T20', '2022W52520:00', '2022W525203015', '2022-W525T20', '2022010120']:
    t(lambda: datetime.fromisoformat(s))
# ISO week directives: %G %V with a weekday, and CPython's messages when one is missing
import time as _t
for s, f in [('2003 4 1', '%G %V %u'), ('2003 4', '%G %V'), ('2003 4 1', '%Y %V %u'), ('4', '%V'), ('2003 4 1 10', '%G %V %u %j'),
             ('2020 53 Sun', '%G %V %a'), ('2021 1 0', '%G %V %w'), ('2026 1 1', '%G %V %u'), ('2016 53 7', '%G %V %u')]:
    t(lambda: (datetime.strptime(s, f), _t.strptime(s, f)[:9]))
