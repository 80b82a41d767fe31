# datetime (lib/datetime.py): timezone (utc, fixed offsets, names), tzinfo subclasses, utcoffset/dst/tzname checks, fromutc, astimezone between zones.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc, UTC)
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=-1), 'Minus')), repr(timezone(timedelta(0), 'Z')))
for z in [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-9)), timezone(timedelta(seconds=-1), 'Odd')]:
    print(z.tzname(None), z.utcoffset(None), z.dst(None), z.tzname(datetime(2020, 1, 1)), z.fromutc(datetime(2020, 1, 1, tzinfo=z)))
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt): return timedelta(hours=1) if dt.month in (6, 7) else timedelta(0)
    def tzname(self, dt): return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self): return 'EST()'
e = EST()
summer = datetime(2021, 6, 1, 12, tzinfo=timezone.utc)
winter = datetime(2021, 1, 1, 12, tzinfo=timezone.utc)
print(repr(summer.astimezone(e)), repr(winter.astimezone(e)), summer.astimezone(e).tzname(), winter.astimezone(e).strftime('%z %Z'))
print(repr(summer.astimezone(timezone(timedelta(hours=9), 'JST'))), repr(summer.astimezone(timezone.utc)) , summer.astimezone(timezone.utc) is summer)
a = datetime(2021, 6, 1, 12, tzinfo=e)
print(a.utcoffset(), a.dst(), a.tzname(), a.isoformat(), a.timetuple(), a.utctimetuple())
print(repr(a - datetime(2021, 6, 1, 12, tzinfo=timezone.utc)), datetime(2021, 6, 1, 12).timetuple().tm_isdst, datetime(2021, 6, 1, 12, tzinfo=timezone.utc).timetuple().tm_isdst)
print(datetime(2021, 6, 1, 12, tzinfo=timezone(timedelta(hours=2))).utctimetuple(), datetime(2021, 1, 1, 1).utctimetuple())
class Bad(tzinfo):
    def __init__(self, off, dst=None, name=None): self.off, self.d, self.name = off, dst, name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return self.d
    def tzname(self, dt): return self.name
for bad in [lambda: datetime(2020, 1, 1, tzinfo=Bad(1)).utcoffset(), lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(1))).utcoffset(),
            lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(0), 5)).dst(), lambda: datetime(2020, 1, 1, tzinfo=Bad(None, name=3)).tzname(),
            lambda: time(1, tzinfo=Bad(-timedelta(hours=25))).isoformat(), lambda: datetime(2020, 1, 1, tzinfo=Bad(None)).astimezone(timezone.utc),
            lambda: Bad(timedelta(0)).fromutc(datetime(2020, 1, 1)), lambda: Bad(timedelta(0)).fromutc(1),
            lambda: (lambda z: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))(Bad(None)),
            lambda: (lambda z: z.fromutc(datetime(2020, 1, 1, tzinfo=z)))(Bad(timedelta(hours=1))),
            lambda: summer.astimezone(1), lambda: timezone.utc.tzname(1), lambda: timezone.utc.dst('x')]:
    t(bad)
print(datetime(2020, 1, 1, tzinfo=Bad(None)).utcoffset(), time(1, tzinfo=Bad(None, name='N')).tzname(), time(1).utcoffset(), time(1).tzname(), datetime(2020, 1, 1).dst())
print(datetime(2020, 1, 1, tzinfo=Bad(timedelta(hours=2), timedelta(minutes=30))).timetuple().tm_isdst)
z = Bad(timedelta(hours=2), timedelta(0))
print(repr(z.fromutc(datetime(2020, 1, 1, 23, tzinfo=z)).replace(tzinfo=None)))
