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
# CPython's pickle layout: state bytes (the fold as a top bit), readable by either side
for o in [date(2020, 1, 2), time(1, 2, 3, 456789), time(1, 2, 3, tzinfo=timezone.utc, fold=1),
          datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=timezone(timedelta(hours=-5))),
          timedelta(1, 2, 3), timezone(timedelta(hours=2), 'X')]:
    print(o.__reduce__(), o.__reduce_ex__(4), pickle.dumps(o, 2), pickle.dumps(o, 4) == pickle.dumps(o, 4))
print(repr(pickle.loads(b"cdatetime\ndate\np0\n(S'\\x07\\xdf\\x0b\\x1b'\np1\ntp2\nRp3\n.", encoding='latin1')))
print(repr(pickle.loads(b'\x80\x03cdatetime\ndatetime\nq\x00C\n\x07\xdf\x8b\x1b\x14;\x10\x00\x10\x00q\x01\x85q\x02Rq\x03.')))
print(repr(date(b'\x07\xe4\x01\x02')), repr(time(b'\x81\x02\x03\x00\x00\x04', timezone.utc)), repr(datetime('\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06')))
for bad in [lambda: date(b'19\xff5'), lambda: datetime(b'\x01' * 10, 'EST'), lambda: time(b'\x01' * 6, 'EST'), lambda: time('\xff2:59.0'),
            lambda: date(2020), lambda: datetime(2020, 1)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
