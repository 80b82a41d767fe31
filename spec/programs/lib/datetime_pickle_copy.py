# datetime (lib/datetime.py): pickle round trips at every protocol (fold kept from protocol 4), copy/deepcopy, subclasses, tzinfo subclasses' __reduce__.
import pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo
class FixedTZ(tzinfo):
    def __init__(self, hours=0): self.hours = hours
    def utcoffset(self, dt): return timedelta(hours=self.hours)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'F%d' % self.hours
    def __repr__(self): return 'FixedTZ(%d)' % self.hours
class MyDT(datetime):
    pass
objs = [timedelta(1, 2, 3), timedelta(-5), date(2020, 2, 29), time(1, 2, 3, 4), time(1, 2, 3, 4, timezone.utc, fold=1),
        datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=3), 'X'), fold=1),
        timezone.utc, timezone(timedelta(minutes=-90)), date(2020, 1, 1).isocalendar(), datetime(2021, 6, 1, 12, tzinfo=FixedTZ(4)),
        MyDT(2020, 1, 1, 1)]
for o in objs:
    for proto in range(0, 6):
        p = pickle.loads(pickle.dumps(o, proto))
        print(proto, p == o, type(p).__name__, repr(p))
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)))
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, copy.copy(timezone.utc) is timezone.utc)
z = pickle.loads(pickle.dumps(FixedTZ(7)))
print(type(z).__name__, z.hours, z.utcoffset(None))
print(repr(date(2020, 1, 1).isocalendar()), date(2021, 1, 3).isocalendar(), [tuple(date(y, 12, 31).isocalendar()) for y in range(2015, 2027)])
ic = date(2020, 12, 31).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2020, 53, 4), type(ic).__name__)
