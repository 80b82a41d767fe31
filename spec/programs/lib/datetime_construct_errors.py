# datetime (lib/datetime.py, our own): constructors, fields, min/max/resolution, and CPython's messages for bad arguments.
import datetime as D
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(D.MINYEAR, D.MAXYEAR, D.UTC is timezone.utc, datetime.__module__, date.__name__)
print(date.min, date.max, date.resolution, time.min, time.max, time.resolution)
print(repr(datetime.min), repr(datetime.max), repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(timezone.min), repr(timezone.max), repr(timezone.utc))
d = datetime(2021, 3, 4, 5, 6, 7, 8, tzinfo=timezone.utc, fold=1)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(fold=1)), repr(date(5, 6, 7)))
print(repr(timedelta(1, 2, 3)), repr(timedelta(0)), repr(timedelta(hours=-1)), repr(timedelta(weeks=1, milliseconds=1500)))
t(lambda: timedelta(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7))
t(lambda: timedelta(microseconds=0.5) + timedelta(microseconds=1.5) + timedelta(microseconds=2.5))
t(lambda: timedelta(seconds=-0.0000005))
t(lambda: timedelta(True, minutes=1.25))
for bad in [lambda: date(2020.0, 1, 1), lambda: date('2020', 1, 1), lambda: date(0, 1, 1),
            lambda: date(10000, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 0, 1),
            lambda: date(2021, 2, 29), lambda: date(2020, 1, 32), lambda: time(24),
            lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6),
            lambda: time(1, 2, 3, 4, 5), lambda: time(fold=2), lambda: datetime(2020, 1, 1, tzinfo=1),
            lambda: datetime(2020, 1, 1, -1), lambda: timedelta('1'), lambda: timedelta(float('inf')),
            lambda: timedelta(float('nan')), lambda: timedelta(days=10**9),
            lambda: timedelta(999999999) + timedelta(1), lambda: timezone(timedelta(1)),
            lambda: timezone(-timedelta(hours=24)), lambda: timezone(1), lambda: timezone(timedelta(0), 1),
            lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: date.fromisocalendar(2020, 54, 1),
            lambda: date.fromisocalendar(2020, 1, 8), lambda: date.fromisocalendar(0, 1, 1),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 53, 7),
            lambda: tzinfo().utcoffset(None), lambda: tzinfo().dst(None), lambda: tzinfo().tzname(None),
            lambda: timezone.utc.utcoffset(1), lambda: timezone.utc.fromutc(datetime(2020, 1, 1)),
            lambda: datetime.combine(1, time()), lambda: datetime.combine(date(2020, 1, 1), 1)]:
    t(bad)
class Index:
    def __index__(self): return 7
print(date(2020, Index(), Index()), time(Index()), date.fromordinal(737791), datetime.fromordinal(737791))
print(date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2021, 1, 1))
print(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 1), time(1, 2), timezone.utc))
print(datetime(2020, 1, 1, 1, 2, 3, 4, timezone.utc).replace(tzinfo=None, microsecond=0), date(2020, 1, 31).replace(day=29, month=2))
t(lambda: date(2020, 1, 31).replace(month=2))
t(lambda: time(1, tzinfo=timezone.utc).replace(hour=2, tzinfo=None, fold=1))
x = datetime(2020, 1, 1, 5, tzinfo=timezone.utc)
print(repr(x.date()), repr(x.time()), repr(x.timetz()))
class MyDate(date):
    pass
class MyDT(datetime):
    def extra(self): return 'x'
print(repr(MyDate(2020, 1, 1)), repr(MyDate(2020, 1, 1) + timedelta(3)), type(MyDate.today()).__name__)
print(repr(MyDT(2020, 1, 1) + timedelta(3)), (MyDT(2020, 1, 1) - timedelta(3)).extra(), type(MyDT.now()).__name__,
      type(MyDT.fromisoformat('2020-01-01T01:02')).__name__, type(MyDT.fromordinal(5)).__name__)
