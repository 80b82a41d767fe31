"""datetime for pystm: timedelta, date, time, datetime, tzinfo and timezone, written for pystm
from CPython 3.11's documentation (python3 as the oracle; nothing copied from CPython's
Lib/datetime.py). Local time goes through lib/time.py (localtime's tm_gmtoff and tm_zone),
strftime through time.strftime, strptime through lib/_time_strptime.py. lib/NOTES.md
"h23-datetime" says what is covered and what is not.
"""

import time as _time
from operator import index as _index

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400000000
_MAX_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


# ── calendar arithmetic (proleptic Gregorian; ordinal 1 is 0001-01-01) ───────────────────────

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _from_ordinal(n):
    # 400-year cycles have 146097 days; the remainder splits into 100-, 4- and 1-year spans
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:        # the last day of a leap year ending a span
        return y - 1, 12, 31
    leap = _is_leap(y)
    m = (n + 50) >> 5               # a guess that is never too small by more than one
    if m > 12 or _BEFORE_MONTH[m] + (m > 2 and leap) > n:
        m -= 1
    return y, m, n - _BEFORE_MONTH[m] - (m > 2 and leap) + 1


def _iso_week1_monday(y):
    first = _ordinal(y, 1, 1)
    wd = (first + 6) % 7             # 0 is Monday
    monday = first - wd
    return monday + 7 if wd > 3 else monday




def _check_date(y, m, d):
    y = _index(y)
    m = _index(m)
    d = _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _month_days(y, m):
        raise ValueError('day is out of range for month')
    return y, m, d


def _check_time(h, mi, s, us, tz, fold):
    h = _index(h)
    mi = _index(mi)
    s = _index(s)
    us = _index(us)
    if not 0 <= h <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= s <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return h, mi, s, us


def _missing(year, month):
    # date()/datetime() without a month or day: the year is converted first, as CPython's
    # argument parser does
    _index(year)
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    _index(month)
    raise TypeError("function missing required argument 'day' (pos 3)")


def _state_bytes(st):
    # a pickle's state argument: bytes, or a str of code points < 256 (Python 2's pickles)
    if isinstance(st, str):
        try:
            return st.encode('latin-1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a date or datetime "
                             "instance. pickle.load(data, encoding='latin1') is assumed.") from None
    return st


def _name(obj):
    # CPython's tp_name: 'datetime.X' for our own classes, the bare name for a subclass
    t = type(obj)
    return 'datetime.' + t.__name__ if t.__module__ == 'datetime' else t.__name__


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _round_div(n, d):
    # n / d rounded half to even (d > 0)
    q, r = divmod(n, d)
    r2 = 2 * r
    if r2 > d or (r2 == d and q & 1):
        q += 1
    return q


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_DAY < offset < _DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


def _format_offset(off, sep):
    # '+HH:MM[:SS[.ffffff]]' ('' for None)
    if off is None:
        return ''
    sign = '+'
    if off._days < 0:
        sign = '-'
        off = -off
    h, rest = divmod(off._seconds, 3600)
    m, s = divmod(rest, 60)
    out = '%s%02d%s%02d' % (sign, h, sep, m)
    if s or off._microseconds:
        out += '%s%02d' % (sep, s)
        if off._microseconds:
            out += '.%06d' % off._microseconds
    return out


def _format_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, tt):
    # %z, %Z and %f are ours (time.strftime knows no tzinfo nor microseconds); the rest is time's
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    if '%' in fmt and ('z' in fmt or 'Z' in fmt or 'f' in fmt):
        out = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            i += 1
            if c != '%' or i == n:
                out.append(c)
                continue
            c = fmt[i]
            i += 1
            if c == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif c == 'z':
                out.append(_format_offset(obj.utcoffset() if hasattr(obj, 'utcoffset') else None, ''))
            elif c == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                if name is not None:
                    out.append(name.replace('%', '%%'))
            else:
                out.append('%' + c)
        fmt = ''.join(out)
    return _time.strftime(fmt, tt)


def _format(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError('format() argument 2 must be str, not %s' % type(fmt).__name__)
    return obj.strftime(fmt) if fmt else str(obj)


# ── timedelta ────────────────────────────────────────────────────────────────────────────────

_TD_UNITS = (('days', 86400000000), ('seconds', 1000000), ('microseconds', 1),
             ('milliseconds', 1000), ('minutes', 60000000), ('hours', 3600000000),
             ('weeks', 604800000000))


def _tdn(days, seconds, us, cls=None):
    # the timedelta of days + seconds + us, normalized (the one place that does): the parts stay
    # small ints, where one total in microseconds would be a big int past 104 days
    if not 0 <= us < 1000000:
        carry, us = divmod(us, 1000000)
        seconds += carry
    if not 0 <= seconds < 86400:
        carry, seconds = divmod(seconds, 86400)
        days += carry
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


def _td(us):
    # the timedelta of a number of microseconds
    return _tdn(0, 0, us)


def _td_mixed(days, seconds, microseconds, milliseconds, minutes, hours, weeks):
    # the total in microseconds of arguments that are not all ints, as CPython counts it: each
    # float times its unit in float arithmetic, whole parts summed exactly, the fractions summed
    # as floats and rounded half to even at the end (the parity of the whole total decides)
    whole = 0
    frac = 0.0
    for (unit, scale), v in zip(_TD_UNITS, (days, seconds, microseconds, milliseconds,
                                            minutes, hours, weeks)):
        if isinstance(v, int):
            whole += int(v) * scale
        elif isinstance(v, float):
            if v != v:
                raise ValueError('cannot convert float NaN to integer')
            p = v * scale
            if p - p != 0:
                raise OverflowError('cannot convert float infinity to integer')
            ip = int(p)
            whole += ip
            frac += p - ip
        else:
            raise TypeError('unsupported type for timedelta %s component: %s'
                            % (unit, type(v).__name__))
    if frac:
        ip = int(frac)
        whole += ip
        frac -= ip
        r = round(frac)
        if abs(frac - r) == 0.5:     # halfway: to the even total
            r = int(frac + (0.5 if frac > 0 else -0.5))
            if (whole + r) & 1:
                r = int(frac - (0.5 if frac > 0 else -0.5))
        whole += int(r)
    return whole



def _ordered_by(key_name):
    """Class decorator: the five rich comparisons of the class compare `key(self)` with
    `key(other)` for another instance of it (key: the method named key_name, taken as the class
    defines it), NotImplemented for anything else (timedelta and date)."""
    def give(cls):
        key = getattr(cls, key_name)

        def __eq__(self, other):
            return key(self) == key(other) if isinstance(other, cls) else NotImplemented

        def __lt__(self, other):
            return key(self) < key(other) if isinstance(other, cls) else NotImplemented

        def __le__(self, other):
            return key(self) <= key(other) if isinstance(other, cls) else NotImplemented

        def __gt__(self, other):
            return key(self) > key(other) if isinstance(other, cls) else NotImplemented

        def __ge__(self, other):
            return key(self) >= key(other) if isinstance(other, cls) else NotImplemented

        for f in (__eq__, __lt__, __le__, __gt__, __ge__):
            f.__qualname__ = cls.__qualname__ + '.' + f.__name__
            setattr(cls, f.__name__, f)
        return cls
    return give


@_ordered_by('_key')
class timedelta:
    """A duration: days, seconds and microseconds (normalized so that 0 <= seconds < 86400 and
    0 <= microseconds < 1000000)."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return _tdn(weeks * 7 + days, hours * 3600 + minutes * 60 + seconds,
                        milliseconds * 1000 + microseconds, cls)
        return _tdn(0, 0, _td_mixed(days, seconds, microseconds, milliseconds, minutes, hours, weeks), cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The duration in seconds, a float."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_name(self), ', '.join(parts) if parts else '0')

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        out = '%d:%02d:%02d' % (h, m, s)
        if self._microseconds:
            out += '.%06d' % self._microseconds
        if self._days:
            out = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', out)
        return out

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _tdn(self._days + other._days, self._seconds + other._seconds,
                        self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _tdn(self._days - other._days, self._seconds - other._seconds,
                        self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _tdn(other._days - self._days, other._seconds - self._seconds,
                        other._microseconds - self._microseconds)
        return NotImplemented

    def __neg__(self):
        return _tdn(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_div(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            n, d = self._us(), other
        elif isinstance(other, float):
            d, n = other.as_integer_ratio()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            n = self._us() * n
        else:
            return NotImplemented
        if d < 0:
            n, d = -n, -d
        return _td(_round_div(n, d))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td(self._us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), d)
            return q, _td(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)
_DAY = timedelta(1)


# ── date ─────────────────────────────────────────────────────────────────────────────────────

@_ordered_by('_dkey')
class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            st = _state_bytes(year)
            if 1 <= st[2] <= 12:    # a pickle's state: taken as it is, as CPython does
                self = object.__new__(cls)
                self._year = st[0] * 256 + st[1]
                self._month = st[2]
                self._day = st[3]
                self._hashcode = -1
                return self
        if month is None or day is None:
            _missing(year, month)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def _of(cls, y, m, d):
        if cls is date:
            self = object.__new__(date)
            self._year = y
            self._month = m
            self._day = d
            self._hashcode = -1
            return self
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        tm = _time.localtime(_timestamp_seconds(t))
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        """The date of an ISO 8601 string: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd, n = _parse_iso_date(s)
            if n != len(s):
                raise ValueError
        except ValueError as e:
            if e.args:
                raise
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar year, week (1-53) and weekday (1-7)."""
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """'Sun Jun 20 00:00:00 1993'."""
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format by time.strftime's directives (%z and %Z are empty, %f is 000000)."""
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        return _format(self, fmt)

    def timetuple(self):
        """The time.struct_time of midnight on this day (tm_isdst -1)."""
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal (date(1, 1, 1) is 1)."""
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return (_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of the ISO 8601 calendar."""
        y = self._year
        n = _ordinal(y, self._month, self._day)
        monday = _iso_week1_monday(y)
        if n < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif n >= _iso_week1_monday(y + 1):
            y += 1
            monday = _iso_week1_monday(y)
        week, wd = divmod(n - monday, 7)
        return IsoCalendarDate(y, week + 1, wd + 1)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ordinal(self._year, self._month, self._day) + other._days
            if 0 < n <= _MAXORDINAL:
                return type(self)._of(*_from_ordinal(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """(year, week, weekday) of the ISO 8601 calendar, with named fields."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_name(self), self[0], self[1], self[2])


def _struct(y, m, d, hh, mm, ss, dst):
    n = _ordinal(y, m, d)
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7, n - _ordinal(y, 1, 1) + 1, dst))


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # week 53 exists when the year starts on a Thursday, or a Wednesday in a leap year
        wd = (_ordinal(year, 1, 1) + 6) % 7
        if week != 53 or not (wd == 3 or (wd == 2 and _is_leap(year))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 0 < n <= _MAXORDINAL:
        raise ValueError('Year is out of range: %d' % year)
    return _from_ordinal(n)


# ── ISO 8601 parsing (3.11's fromisoformat) ──────────────────────────────────────────────────

def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not (part.isdigit() and part.isascii()):
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    # ((y, m, d), index after the date); a bare ValueError means "invalid isoformat string"
    y = _digits(s, 0, 4)
    i = 4
    dash = s[i:i + 1] == '-'
    if dash:
        i += 1
    if s[i:i + 1] == 'W':
        w = _digits(s, i + 1, 2)
        i += 3
        wd = 1
        if s[i:i + 1] == '-' and dash:
            wd = _digits(s, i + 1, 1)
            i += 2
        elif not dash and s[i:i + 1].isdigit():
            # 'YYYYWwwD', or 'YYYYWww' then a digit as the separator: a basic time has an even
            # number of digits, so a run of digits ending at an even index has no day
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            if j < 9 or j % 2:
                wd = _digits(s, i, 1)
                i += 1
        return _from_iso_calendar(y, w, wd), i
    m = _digits(s, i, 2)
    i += 2
    if dash:
        if s[i:i + 1] != '-':
            raise ValueError
        i += 1
    d = _digits(s, i, 2)
    return (y, m, d), i + 2


def _parse_iso_time(s):
    # (h, m, s, us, tzinfo or None) of HH[:MM[:SS[.fff...]]][offset] (or without colons)
    n = len(s)
    end = n
    for j, c in enumerate(s):
        if c in '+-Z':
            end = j
            break
    h, m, sec, us = _parse_hms(s[:end])
    tz = None
    if end < n:
        rest = s[end + 1:]
        if s[end] == 'Z':
            if rest:
                raise ValueError
            tz = timezone.utc
        else:
            if not rest:
                raise ValueError
            oh, om, osec, ous = _parse_hms(rest)
            off = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            if s[end] == '-':
                off = -off
            tz = timezone.utc if not off else timezone(off)
    return h, m, sec, us, tz


def _parse_hms(s):
    n = len(s)
    colon = n > 2 and s[2] == ':'
    fields = [0, 0, 0]
    i = 0
    for k in range(3):
        fields[k] = _digits(s, i, 2)
        i += 2
        if i >= n:
            break
        c = s[i]
        if c == ':' and colon and k < 2:
            i += 1
            continue
        if c in '.,':
            if k != 2:
                raise ValueError
            break
        if colon:
            raise ValueError
    us = 0
    if i < n:
        if s[i] not in '.,' or i + 1 >= n:
            raise ValueError
        frac = s[i + 1:]
        if not (frac.isdigit() and frac.isascii()):
            raise ValueError
        us = int(frac[:6].ljust(6, '0'))
    return fields[0], fields[1], fields[2], us


# ── tzinfo, timezone ─────────────────────────────────────────────────────────────────────────

class tzinfo:
    """The abstract base of time zone information: subclasses define utcoffset, dst and
    tzname."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """The local datetime of dt, a UTC time carrying this tzinfo (the algorithm the
        documentation gives for zones with one standard offset and DST)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        args = getattr(self, '__getinitargs__', None)
        args = args() if args is not None else ()
        state = getattr(self, '__getstate__', None)
        state = state() if state is not None else (getattr(self, '__dict__', None) or None)
        return (type(self), args, state)


def _check_tz_arg(who, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                        % (who, type(dt).__name__))


_NO_NAME = object()
_tzinfo_class = tzinfo


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _NO_NAME:
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if name is None and not offset and cls is timezone:
            u = globals().get('_UTC')
            if u is not None:
                return u
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_name(self), self._offset)
        return '%s(%r, %r)' % (_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        _check_tz_arg('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        _check_tz_arg('dst', dt)
        return None

    def tzname(self, dt):
        _check_tz_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _local_timezone(seconds):
    tm = _time.localtime(seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ── time ─────────────────────────────────────────────────────────────────────────────────────

def _set_time_state(self, st, i, tz):
    # the time fields of a pickle's state bytes from st[i] (the fold is st[i]'s top bit)
    self._hour = st[i] & 127
    self._minute = st[i + 1]
    self._second = st[i + 2]
    self._microsecond = (st[i + 3] << 16) | (st[i + 4] << 8) | st[i + 5]
    self._tzinfo = tz
    self._fold = st[i] >> 7
    self._hashcode = -1


class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            st = _state_bytes(hour)
            if st[0] & 127 < 24:
                if minute != 0:       # the zone comes second in a pickle's arguments
                    tzinfo = minute
                if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                    raise TypeError('bad tzinfo state arg')
                self = object.__new__(cls)
                _set_time_state(self, st, 0, tzinfo)
                return self
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        """The time of an ISO 8601 string: HH[:MM[:SS[.ffffff]]][+HH:MM] (a leading T allowed)."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        try:
            fields = _parse_iso_time(t)
        except ValueError as e:
            if e.args:
                raise
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(*fields)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """tzinfo.utcoffset(None), or None when naive."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """tzinfo.dst(None), or None when naive."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """tzinfo.tzname(None), or None when naive."""
        if self._tzinfo is None:
            return None
        return _check_name(self._tzinfo.tzname(None))

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ':'))

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_name(self), s)

    def strftime(self, fmt):
        """Format by time.strftime's directives, on 1900-01-01."""
        return _strftime(self, fmt, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        return _format(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """A time with the given fields changed."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, ordered):
        # -1/0/1; None when one is naive and the other aware (== is then False)
        a = self._tzinfo
        b = other._tzinfo
        if a is b:
            return _cmp(self._tkey(), other._tkey())
        oa = self.utcoffset()
        ob = other.utcoffset()
        if oa == ob:
            return _cmp(self._tkey(), other._tkey())
        if oa is None or ob is None:
            if ordered:
                raise TypeError("can't compare offset-naive and offset-aware times")
            return None
        x = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond - oa._us()
        y = ((other._hour * 60 + other._minute) * 60 + other._second) * 1000000 + other._microsecond - ob._us()
        return _cmp(x, y)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
            off = self.utcoffset() if self._tzinfo is not None else None
            self._hashcode = hash(us if off is None else us - off._us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # CPython's layout: the fold (kept from protocol 4 on) is the first byte's top bit
        us = self._microsecond
        st = bytes((self._hour + (128 if self._fold and protocol > 3 else 0), self._minute,
                    self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (type(self), (st,) if self._tzinfo is None else (st, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _check_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ── datetime ─────────────────────────────────────────────────────────────────────────────────

def _timestamp_seconds(t):
    # a POSIX timestamp as (whole seconds, microseconds), microseconds rounded half to even
    if isinstance(t, int):
        return t
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    return t


def _split_timestamp(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e18 < t < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        n, d = t.as_integer_ratio()
        us = _round_div(n * 1000000, d)
        return divmod(us, 1000000)
    if isinstance(t, int):
        if not -2**63 <= t < 2**63:
            raise OverflowError('timestamp out of range for platform time_t')
        return _index(t), 0
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    n = days + 719163           # date(1970, 1, 1).toordinal()
    if not 0 < n <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
    y, m, d = _from_ordinal(n)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _local_fields(secs):
    if abs(secs) > 1e16:
        raise OverflowError('timestamp out of range for platform time_t')
    tm = _time.localtime(secs)
    if not MINYEAR <= tm[0] <= MAXYEAR:
        raise ValueError('year %d is out of range' % tm[0])
    return tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)


def _local_offset(secs):
    # seconds east of UTC of the local zone at a timestamp
    return _time.localtime(secs).tm_gmtoff


def _local_to_utc(wall, fold):
    # the timestamp of a local wall time given as seconds since 1970-01-01 00:00 (naive): the
    # offsets one day before and after bracket any transition; in a fold the earlier moment is
    # fold 0, in a gap fold 0 uses the offset from before it (PEP 495)
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    u1 = wall - before
    u2 = wall - after
    if before == after:
        return u1
    ok1 = u1 + _local_offset(u1) == wall
    ok2 = u2 + _local_offset(u2) == wall
    if ok1 and ok2:
        return min(u1, u2) if fold == 0 else max(u1, u2)
    if ok1:
        return u1
    if ok2:
        return u2
    return u1 if fold == 0 else u2


_EPOCH_ORDINAL = 719163


class datetime(date):
    """A date and a time of day: datetime(year, month, day, hour=0, minute=0, second=0,
    microsecond=0, tzinfo=None, *, fold=0)."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10:
            st = _state_bytes(year)
            if 1 <= st[2] & 127 <= 12:
                if month is not None:     # the zone comes second in a pickle's arguments
                    tzinfo = month
                if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                    raise TypeError('bad tzinfo state arg')
                self = object.__new__(cls)
                self._year = st[0] * 256 + st[1]
                self._month = st[2] & 127
                self._day = st[3]
                _set_time_state(self, st, 4, tzinfo)
                self._fold = st[2] >> 7
                return self
        if month is None or day is None:
            _missing(year, month)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, tzinfo, fold)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def _of(cls, y, mo, d, h=0, mi=0, s=0, us=0, tz=None, fold=0):
        if cls is datetime:
            self = object.__new__(datetime)
            self._year = y
            self._month = mo
            self._day = d
            self._hour = h
            self._minute = mi
            self._second = s
            self._microsecond = us
            self._tzinfo = tz
            self._fold = fold
            self._hashcode = -1
            return self
        return cls(y, mo, d, h, mi, s, us, tz, fold=fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # ── construction from clocks and strings ──

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) datetime of a POSIX timestamp."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        secs, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls._of(*_utc_fields(secs), us, tz))
        fields = _local_fields(secs)
        self = cls._of(*fields, us)
        # a wall time met twice: the later meeting is fold 1
        back = _local_offset(secs - 86400) - _local_offset(secs)
        if back > 0 and _local_fields(secs - back) == fields:
            self._fold = 1
        return self

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        secs, us = _split_timestamp(t)
        return cls._of(*_utc_fields(secs), us)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz's) datetime."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current naive UTC datetime."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo from the time unless given)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        """The datetime of an ISO 8601 string: a date (fromisoformat's forms), then one
        separator character and a time with an optional UTC offset."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            (y, m, d), i = _parse_iso_date(s)
            if i < len(s):
                tm = _parse_iso_time(s[i + 1:])
            else:
                tm = (0, 0, 0, 0, None)
        except ValueError as e:
            if e.args:
                raise
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(y, m, d, *tm)

    @classmethod
    def strptime(cls, string, format):
        """Parse a string by a format of strftime's directives (with %f and %z)."""
        from _time_strptime import parse_fields
        f = parse_fields(string, format)
        tz = None
        if f['gmtoff'] is not None:
            off = timedelta(seconds=f['gmtoff'], microseconds=f['gmtoff_fraction'])
            tz = timezone(off, f['zone']) if f['zone'] else timezone(off)
        y, mo, d, h, mi, s = f['tuple'][:6]
        return cls(y, mo, d, h, mi, s, f['fraction'], tz)

    # ── parts ──

    def date(self):
        """The date part."""
        return _date_class._of(self._year, self._month, self._day)

    def time(self):
        """The time part, naive."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part with tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                           fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_name(self._tzinfo.tzname(self))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A datetime with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _wall_seconds(self):
        # seconds of the naive fields since 1970-01-01 00:00
        return ((_ordinal(self._year, self._month, self._day) - _EPOCH_ORDINAL) * 86400
                + self._hour * 3600 + self._minute * 60 + self._second)

    def timestamp(self):
        """The POSIX timestamp (a naive datetime is local time)."""
        if self._tzinfo is None:
            return _local_to_utc(self._wall_seconds(), self._fold) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def timetuple(self):
        """The time.struct_time (tm_isdst from dst(): -1 when None)."""
        dst = self.dst()
        flag = -1 if dst is None else 1 if dst else 0
        return _struct(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """The time.struct_time of the UTC time (tm_isdst 0)."""
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def astimezone(self, tz=None):
        """The same moment in tz (the local zone when None)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        off = self.utcoffset() if self._tzinfo is not None else None
        if off is None:
            # a naive time is local: the local zone's offset at its timestamp (in a gap this
            # is the offset after the gap, as CPython's)
            wall = self._wall_seconds()
            off = timedelta(seconds=_local_offset(_local_to_utc(wall, self._fold)))
        elif tz is self._tzinfo:
            return self
        utc = (self - off).replace(tzinfo=None)
        if tz is None:
            tz = _local_timezone(utc._wall_seconds())
        return tz.fromutc(type(self)._of(utc._year, utc._month, utc._day, utc._hour, utc._minute,
                                         utc._second, utc._microsecond, tz))

    # ── text ──

    def ctime(self):
        """'Sun Jun 20 23:21:05 1993'."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_name(self), s)

    def strftime(self, fmt):
        """Format by time.strftime's directives, with %f (microseconds), %z and %Z."""
        return _strftime(self, fmt, self.timetuple())

    # ── comparisons, hashing, arithmetic ──

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _key(self, off):
        # (ordinal, seconds, microseconds) of the naive fields less the offset, normalized
        days = _ordinal(self._year, self._month, self._day)
        secs = self._hour * 3600 + self._minute * 60 + self._second
        us = self._microsecond
        if off is None:
            return days, secs, us
        us -= off._microseconds
        if us < 0:
            us += 1000000
            secs -= 1
        secs -= off._days * 86400 + off._seconds
        carry, secs = divmod(secs, 86400)
        return days + carry, secs, us

    def _compare(self, other, ordered):
        a = self._tzinfo
        b = other._tzinfo
        if a is b:
            return _cmp(self._fields(), other._fields())
        oa = self.utcoffset() if a is not None else None
        ob = other.utcoffset() if b is not None else None
        if (oa is None) != (ob is None):
            if ordered:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return None
        if not ordered and oa is not None and (self._fold_matters(oa) or other._fold_matters(ob)):
            return None     # PEP 495: a time whose offset depends on its fold equals no other zone's
        return _cmp(self._key(oa), other._key(ob))

    def _fold_matters(self, off):
        return self.replace(fold=1 - self._fold).utcoffset() != off

    def _other(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op:
            raise TypeError("can't compare %s to %s" % (_name(self), _name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._fields() == other._fields()
            return self._compare(other, False) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._fields() < other._fields()
        if self._other(other, True):
            return self._compare(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._fields() <= other._fields()
        if self._other(other, True):
            return self._compare(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._fields() > other._fields()
        if self._other(other, True):
            return self._compare(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return self._fields() >= other._fields()
        if self._other(other, True):
            return self._compare(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold and self._tzinfo is not None:
                t = self.replace(fold=0)    # (PEP 495: hashed as fold 0)
            self._hashcode = hash(t._key(t.utcoffset() if t._tzinfo is not None else None))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = (((self._hour * 60 + self._minute) * 60 + self._second + other._seconds) * 1000000
              + self._microsecond + other._microseconds)
        days, us = divmod(us, _US_PER_DAY)
        days += other._days
        if days:    # another day: through the ordinal
            days += _ordinal(self._year, self._month, self._day)
            if not 0 < days <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _from_ordinal(days)
        else:
            y, m, d = self._year, self._month, self._day
        secs, us = divmod(us, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)._of(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            oa = ob = None
            if self._tzinfo is not other._tzinfo:
                oa = self.utcoffset()
                ob = other.utcoffset()
                if (oa is None) != (ob is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            x = self._key(oa)
            y = other._key(ob)
            return _tdn(x[0] - y[0], x[1] - y[1], x[2] - y[2])
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented

    def __reduce_ex__(self, protocol):
        # CPython's layout: the fold (kept from protocol 4 on) is the month byte's top bit
        us = self._microsecond
        st = bytes((self._year >> 8, self._year & 255,
                    self._month + (128 if self._fold and protocol > 3 else 0), self._day,
                    self._hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (type(self), (st,) if self._tzinfo is None else (st, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')
