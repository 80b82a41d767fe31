# datetime (lib/datetime.py): timedelta, date and datetime arithmetic, rounding, overflow and the TypeErrors of unsupported operands.
from datetime import date, time, datetime, timedelta, timezone
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a, b = timedelta(1, 2, 3), timedelta(hours=5)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)), repr(2 * a), repr(a * 2))
print(a / b, a // b, repr(a % b), divmod(a, timedelta(hours=-5)), repr(a // 7), repr(-a // 7), repr(a / 7))
print(repr(timedelta(seconds=1) * 1.5), repr(timedelta(hours=1) * 0.3), repr(timedelta(hours=1) / 0.3))
print(repr(timedelta(microseconds=3) / 2), repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=-5) / 2), repr(timedelta(microseconds=7) * 0.5))
print(a.total_seconds(), timedelta.max.total_seconds(), timedelta(microseconds=-1).total_seconds(), a.days, a.seconds, a.microseconds)
print(str(timedelta(seconds=-1)), str(timedelta(days=-2, seconds=5)), str(timedelta(1)), str(timedelta(2, 3661, 5)), str(timedelta(0)))
print(date(2020, 3, 1) - date(2020, 2, 1), repr(date(2020, 3, 1) - timedelta(1)), repr(timedelta(1) + date(2020, 2, 28)),
      repr(date(2020, 3, 1) + timedelta(hours=47)), repr(date(2020, 3, 1) - timedelta(hours=1)))
print(datetime(2020, 3, 1) - datetime(2019, 3, 1, 12, 30), repr(datetime(2020, 3, 1, 0, 0, 0, 1) - timedelta(microseconds=2)))
print(repr(datetime(2020, 12, 31, 23, 59, 59) + timedelta(seconds=1)), repr(timedelta(days=-1) + datetime(2020, 1, 1)))
print(datetime.max - datetime.min, date.max - date.min)
u = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
k = datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(u - k, k - u, repr(k + timedelta(hours=1)))
for bad in [lambda: date(2020, 1, 1) + 1, lambda: 1 + date(2020, 1, 1), lambda: date(2020, 1, 1) - datetime(2020, 1, 1),
            lambda: datetime(2020, 1, 1) - date(2020, 1, 1), lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1),
            lambda: time(1) + timedelta(1), lambda: timedelta(1) * 'a', lambda: 'a' * timedelta(1),
            lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) + 1, lambda: 1.5 / timedelta(1),
            lambda: timedelta(1) // 1.5, lambda: timedelta(1) // 0, lambda: timedelta(1) / 0,
            lambda: timedelta(1) / 0.0, lambda: timedelta(1) % timedelta(0), lambda: divmod(timedelta(1), timedelta(0)),
            lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: datetime.max + timedelta(microseconds=1),
            lambda: datetime.min - timedelta(microseconds=1), lambda: timedelta.max + timedelta.resolution,
            lambda: timedelta.max * 2, lambda: -timedelta.min,
            lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)]:
    t(bad)
