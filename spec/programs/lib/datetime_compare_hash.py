# datetime (lib/datetime.py): comparisons (naive/aware rules and their TypeErrors), hashing and truth values.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(sorted([timedelta(-1), timedelta(1), timedelta(0, 5), -timedelta(0, 5)]))
print(timedelta(1) == timedelta(hours=24), timedelta(1) != 1, timedelta(1) == 1, date(2020, 1, 1) < date(2020, 1, 2))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1))
u = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
e = datetime(2020, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))
n = datetime(2020, 1, 1, 12)
print(u == e, hash(u) == hash(e), u < e, u <= e, u == n, u != n, n == u)
print(time(12, tzinfo=timezone.utc) == time(7, tzinfo=timezone(timedelta(hours=-5))),
      hash(time(12, tzinfo=timezone.utc)) == hash(time(7, tzinfo=timezone(timedelta(hours=-5)))),
      time(12) == time(12, tzinfo=timezone.utc), time(1) < time(2), time(1, 30) > time(1, 29, 59, 999999))
print(timezone(timedelta(0), 'Z') == timezone.utc, hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'A')))
s = {date(2020, 1, 1), date(2020, 1, 1), datetime(2020, 1, 1), timedelta(0), timedelta(seconds=0), time(0), time(0)}
print(len(s), {timedelta(1): 'a'}[timedelta(hours=24)], {datetime(2020, 1, 1): 1}[datetime(2020, 1, 1)])
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-timedelta(1)), bool(time(0)), bool(date.min), bool(datetime.min))
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt): return timedelta(hours=1) if dt.month in (6, 7) else timedelta(0)
    def tzname(self, dt): return 'E'
z = EST()
a = datetime(2021, 6, 1, 12, tzinfo=z)
print(a == datetime(2021, 6, 1, 16, tzinfo=timezone.utc), hash(a) == hash(datetime(2021, 6, 1, 16, tzinfo=timezone.utc)),
      a == datetime(2021, 6, 1, 12, tzinfo=z), a < datetime(2021, 6, 1, 13, tzinfo=z))
print(max(date(2020, 1, 1), date(2019, 5, 5)), min(datetime(2020, 1, 1), datetime(2019, 5, 5)))
for bad in [lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) > date(2020, 1, 1),
            lambda: n < u, lambda: u >= n, lambda: time(1) < time(1, tzinfo=timezone.utc),
            lambda: date(2020, 1, 1) < 1, lambda: timedelta(1) < 1, lambda: time(1) <= 'a', lambda: datetime(2020, 1, 1) > 0,
            lambda: timezone.utc < timezone.utc]:
    t(bad)
# PEP 495: a time whose offset depends on its fold equals no time of another zone; it hashes as fold 0
class Foldy(tzinfo):
    def utcoffset(self, dt):
        if dt.replace(tzinfo=None) == datetime(2002, 10, 27, 1, 45):
            return timedelta(hours=-5 if dt.fold else -4)
        return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'F'
f0 = datetime(2002, 10, 27, 1, 45, tzinfo=Foldy())
f1 = f0.replace(fold=1)
print(f0 == datetime(2002, 10, 27, 5, 45, tzinfo=timezone.utc), f1 == datetime(2002, 10, 27, 6, 45, tzinfo=timezone.utc),
      f0 == f1, f0 < datetime(2002, 10, 27, 6, 45, tzinfo=timezone.utc), hash(f0) == hash(f1),
      datetime(2002, 10, 27, 3, tzinfo=Foldy()) == datetime(2002, 10, 27, 8, tzinfo=timezone.utc), f1 - f0)
