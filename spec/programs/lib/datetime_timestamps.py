# datetime (lib/datetime.py): timestamps and local time under a POSIX TZ rule (lib/time.py's tzset): fromtimestamp/utcfromtimestamp, timestamp(), folds and gaps, astimezone() to the local zone.
import os, time
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
from datetime import date, datetime, timedelta, timezone
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for ts in (0, 1e9, 1234567890.5, -1.5, 1636261200, 1636264800, 1636268400, 1615705200, 1615708800, 1615712400, 1.0000005, 2.0000015, -0.0000005):
    print(ts, repr(datetime.fromtimestamp(ts)), repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)),
          repr(datetime.fromtimestamp(ts, timezone(timedelta(hours=3)))), repr(date.fromtimestamp(ts)))
for d in [datetime(2021, 11, 7, 1, 30), datetime(2021, 11, 7, 1, 30, fold=1), datetime(2021, 3, 14, 2, 30),
          datetime(2021, 3, 14, 2, 30, fold=1), datetime(2021, 6, 1, 12), datetime(2021, 1, 1, 12, 0, 0, 250000),
          datetime(2021, 6, 1, 12, tzinfo=timezone.utc), datetime(1969, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-1)))]:
    print(repr(d), d.timestamp(), repr(d.astimezone()), repr(d.astimezone(timezone.utc)), d.astimezone().tzname())
print(datetime(2021, 6, 1, 12).strftime('%Z|%z|%s'), datetime(2021, 6, 1, 12).timetuple())
print(datetime.fromtimestamp(1636264800).astimezone().tzname(), datetime.fromtimestamp(1636264800).astimezone().utcoffset())
for bad in [lambda: datetime.fromtimestamp(1e20), lambda: datetime.utcfromtimestamp(-1e13), lambda: datetime.fromtimestamp(float('nan')),
            lambda: datetime.fromtimestamp('1'), lambda: datetime.fromtimestamp(0, 1), lambda: datetime.utcfromtimestamp(2**70)]:
    t(bad)
now, utcnow, today = datetime.now(), datetime.utcnow(), date.today()
print(type(now).__name__, now.tzinfo, abs((now - utcnow) - timedelta(hours=-5)) < timedelta(hours=1, seconds=5), today == now.date() or today == (now - timedelta(seconds=5)).date())
aware = datetime.now(timezone.utc)
print(aware.tzinfo, abs(aware.timestamp() - time.time()) < 5, datetime.today().tzinfo)
# the limits: local times of year 1 and 9999, and a ValueError past them
min_ts = (datetime.min + timedelta(days=1)).timestamp()
max_ts = (datetime.max - timedelta(hours=23)).timestamp() + 82799
print(min_ts, max_ts, repr(datetime.fromtimestamp(min_ts)), repr(datetime.fromtimestamp(max_ts)))
for ts in [min_ts - 86400 * 1.5, min_ts - 86400 * 400, max_ts + 86400, max_ts + 86400 * 400]:
    t(lambda: datetime.fromtimestamp(ts))
