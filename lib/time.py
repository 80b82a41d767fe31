"""time for pystm: clocks and sleep come from the native _time module (vm/modules/small_modules.ts);
struct_time, gmtime/localtime/mktime, asctime/ctime, strftime and strptime are written here, for
the C locale (English names), as CPython on Linux with LANG=C behaves.
"""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns,
                   process_time, process_time_ns, thread_time, sleep, timezone, altzone, daylight,
                   tzname)
import _time
from _structseq import structseq

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


struct_time = structseq(
    'struct_time', 'time', _FIELDS + ('tm_zone', 'tm_gmtoff'), 9,
    """The time value as returned by gmtime(), localtime() and strptime(): a 9-tuple with named
    fields, and tm_zone and tm_gmtoff as attributes only.""")


def _make(fields):
    # (y, mon, d, h, m, s, wday, yday, isdst, gmtoff, zone) from _time
    return struct_time(fields[:9] + (fields[10], fields[9]))


def gmtime(seconds=None):
    """The UTC struct_time of a timestamp (now by default)."""
    return _make(_time._utc_fields(seconds))


def localtime(seconds=None):
    """The local struct_time of a timestamp (now by default)."""
    if _rule is not None:
        return _rule_localtime(_time.time() if seconds is None else seconds)
    return _make(_time._local_fields(seconds))


# ── tzset: TZ in POSIX form ('EST+05EDT,M4.1.0,M10.5.0', 'UTC+0', 'UTC') ─────────────────────────
# tzset() reads os.environ['TZ']; a POSIX rule is applied here (localtime, mktime, timezone,
# altzone, daylight, tzname, as glibc's tzset); TZ unset, or a zone name we cannot read as a rule
# (a tzdata file name such as 'Europe/Paris'), gives back the host zone the VM started with.
_rule = None   # (stdname, stdoff, dstname or None, dstoff, start, end): offsets west of UTC, in s
_HOST = (timezone, altzone, daylight, tzname)


def _tz_name(tz, i):
    if i < len(tz) and tz[i] == '<':
        j = tz.find('>', i)
        return (tz[i + 1:j], j + 1) if j > i else (None, i)
    j = i
    while j < len(tz) and tz[j].isalpha():
        j += 1
    return (tz[i:j], j) if j - i >= 3 else (None, i)


def _tz_offset(tz, i):
    # [+-]hh[:mm[:ss]] -> (seconds, next index), or (None, i)
    sign = 1
    if i < len(tz) and tz[i] in '+-':
        sign = -1 if tz[i] == '-' else 1
        i += 1
    parts = []
    while len(parts) < 3:
        j = i
        while j < len(tz) and tz[j].isdigit():
            j += 1
        if j == i:
            break
        parts.append(int(tz[i:j]))
        i = j
        if i < len(tz) and tz[i] == ':' and len(parts) < 3:
            i += 1
        else:
            break
    if not parts:
        return None, i
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _tz_date(tz, i):
    # Mm.w.d | Jn | n, then an optional /time -> ((kind, a, b, c), seconds, next index)
    if i < len(tz) and tz[i] == 'M':
        j = i + 1
        fields = []
        for _ in range(3):
            k = j
            while k < len(tz) and tz[k].isdigit():
                k += 1
            if k == j:
                return None, 0, i
            fields.append(int(tz[j:k]))
            j = k + 1 if k < len(tz) and tz[k] == '.' else k
        date, i = ('M',) + tuple(fields), (j if j <= len(tz) else len(tz))
        if i > 0 and tz[i - 1] == '.':
            i -= 1
    else:
        kind = 'J' if i < len(tz) and tz[i] == 'J' else 'n'
        j = i + (kind == 'J')
        k = j
        while k < len(tz) and tz[k].isdigit():
            k += 1
        if k == j:
            return None, 0, i
        date, i = (kind, int(tz[j:k]), 0, 0), k
    at = 7200
    if i < len(tz) and tz[i] == '/':
        at, i = _tz_offset(tz, i + 1)
        if at is None:
            return None, 0, i
    return date, at, i


def _parse_posix_tz(tz):
    std, i = _tz_name(tz, 0)
    if std is None:
        return None
    stdoff, i = _tz_offset(tz, i)
    if stdoff is None:
        if i == len(tz) and std in ('UTC', 'GMT', 'UCT', 'Zulu', 'Universal'):
            return (std, 0, None, 0, None, None)
        return None
    if i == len(tz):
        return (std, stdoff, None, stdoff, None, None)
    dst, i = _tz_name(tz, i)
    if dst is None:
        return None
    dstoff = stdoff - 3600
    if i < len(tz) and tz[i] != ',':
        dstoff, i = _tz_offset(tz, i)
        if dstoff is None:
            return None
    if i == len(tz):
        start, end = (('M', 3, 2, 0), 7200), (('M', 11, 1, 0), 7200)  # (glibc's default: US rules)
    else:
        if tz[i] != ',':
            return None
        d1, t1, i = _tz_date(tz, i + 1)
        if d1 is None or i >= len(tz) or tz[i] != ',':
            return None
        d2, t2, i = _tz_date(tz, i + 1)
        if d2 is None or i != len(tz):
            return None
        start, end = (d1, t1), (d2, t2)
    return (std, stdoff, dst, dstoff, start, end)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _transition(year, spec):
    # seconds from the epoch, in local time of the side the rule leaves, of a rule date in year
    (kind, a, b, c), at = spec
    if kind == 'M':
        first = _days_from_civil(year, a, 1)
        wday = (first + 4) % 7  # 0 = Sunday (1970-01-01 was a Thursday)
        day = first + (c - wday) % 7 + (b - 1) * 7
        nxt = _days_from_civil(year + (a == 12), a % 12 + 1, 1)
        while day >= nxt:
            day -= 7
    elif kind == 'J':
        day = _days_from_civil(year, 1, 1) + a - 1
        if a >= 60 and _is_leap(year):
            day += 1
    else:
        day = _days_from_civil(year, 1, 1) + a
    return day * 86400 + at


def _rule_isdst(t):
    std, stdoff, dst, dstoff, start, end = _rule
    if dst is None:
        return False
    year = gmtime(t - stdoff)[0]
    begin = _transition(year, start) + stdoff
    finish = _transition(year, end) + dstoff
    if begin < finish:
        return begin <= t < finish
    return not (finish <= t < begin)


def _rule_localtime(seconds):
    std, stdoff, dst, dstoff, start, end = _rule
    t = int(seconds // 1) if isinstance(seconds, float) else int(seconds)
    isdst = _rule_isdst(t)
    off = dstoff if isdst else stdoff
    g = _time._utc_fields(t - off)
    return struct_time(tuple(g[:8]) + (1 if isdst else 0, dst if isdst else std, -off))


def tzset():
    """Initialize the local time conversions from the TZ environment variable."""
    global _rule, timezone, altzone, daylight, tzname
    import os
    tz = os.environ.get('TZ')
    rule = _parse_posix_tz(tz) if tz else None
    _rule = rule
    if rule is None:
        timezone, altzone, daylight, tzname = _HOST
        return
    std, stdoff, dst, dstoff, start, end = rule
    timezone = stdoff
    altzone = dstoff if dst is not None else stdoff
    daylight = 1 if dst is not None else 0
    tzname = (std, dst if dst is not None else std)


def _checked(t, who):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{who}(): illegal time tuple argument')
    return struct_time(t)


def _cint(v):
    # PyArg_ParseTuple's "i": an int by __index__ that fits a C int
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    i = m(v)
    if i > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if i < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return i


def _tm(t, who):
    # CPython's gettmarg() then checktm(): C ints, the year's range, 0 for the month, the day of
    # month and the day of year meaning the first, the weekday taken modulo 7 after the C
    # library's shift (so -1 is Sunday and -2 an error). Returns (year, month 1-12, mday, hour,
    # minute, second, wday 0-6 from Monday, yday 1-366, isdst in -1..1).
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{who}(): illegal time tuple argument')
    y, mon, mday, hour, minute, sec, wday, yday, isdst = [_cint(v) for v in t]
    if y < -2147483648 + 1900:
        raise OverflowError('year out of range')
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    cw = wday + 1
    cw = cw - 7 * int(cw / 7) if abs(cw) < 2**52 else cw % 7  # C's remainder
    if cw < 0:
        raise ValueError('day of week out of range')
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    isdst = -1 if isdst < -1 else 1 if isdst > 1 else isdst
    return (y, mon, mday, hour, minute, sec, (cw - 1) % 7, yday, isdst)


def mktime(t):
    """The timestamp of a local struct_time or 9-tuple."""
    t = _checked(t, 'mktime')
    if _rule is not None:
        std, stdoff, dst, dstoff, start, end = _rule
        naive = _days_from_civil(t[0] + (t[1] - 1) // 12, (t[1] - 1) % 12 + 1, 1) * 86400
        naive += (t[2] - 1) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]
        if t[8] > 0 and dst is not None:
            return float(naive + dstoff)
        guess = naive + stdoff
        if t[8] < 0 and _rule_isdst(guess) and dst is not None:
            return float(naive + dstoff)
        return float(guess)
    return _time._mktime(tuple(t))


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a struct_time (now by default)."""
    t = localtime() if t is None else _tm(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    """asctime(localtime(seconds))."""
    return asctime(localtime(seconds))


def _week_number(t, first_weekday):
    # %U (weeks start on Sunday, first_weekday 6) and %W (Monday, 0): days before the year's
    # first such weekday are week 0
    yday = t[7] - 1
    wday = (t[6] - first_weekday) % 7
    return (yday - wday + 7) // 7


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _iso_year_week(t):
    year, yday, wday = t[0], t[7], t[6]  # wday 0 = Monday
    week = (yday - wday + 9) // 7
    if week < 1:
        year -= 1
        week = (yday + (366 if _is_leap(year) else 365) - wday + 9) // 7
    elif week == 53 and yday - wday + 3 > (366 if _is_leap(year) else 365):
        year += 1  # the week's Thursday is in the next year
        week = 1
    return year, week


def strftime(format, t=None):
    """Format a struct_time (now by default) by the C library's directives (C locale)."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    orig = t = localtime() if t is None else t
    t = _tm(t, 'strftime')
    if '\0' in format:
        raise ValueError('embedded null character')
    wday = t[6]
    yday = t[7]
    year, month, day, hour, minute, second = t[0], t[1], t[2], t[3], t[4], t[5]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'a':
            out.append(_DAYS[wday][:3])
        elif d == 'A':
            out.append(_DAYS[wday])
        elif d in 'bh':
            out.append(_MONTHS[month - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[month - 1])
        elif d == 'c':
            out.append(asctime(t))
        elif d == 'C':
            out.append('%02d' % (year // 100))
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif d == 'G':
            out.append('%d' % _iso_year_week(t)[0])
        elif d == 'g':
            out.append('%02d' % (_iso_year_week(t)[0] % 100))
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'k':
            out.append('%2d' % hour)
        elif d == 'l':
            out.append('%2d' % ((hour + 11) % 12 + 1))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'n':
            out.append('\n')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'r':
            out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, second, 'AM' if hour < 12 else 'PM'))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 's':
            out.append('%d' % mktime(t))
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 't':
            out.append('\t')
        elif d == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'u':
            out.append('%d' % (wday + 1))
        elif d == 'U':
            out.append('%02d' % _week_number(t, 6))
        elif d == 'V':
            out.append('%02d' % _iso_year_week(t)[1])
        elif d == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif d == 'W':
            out.append('%02d' % _week_number(t, 0))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'Y':
            out.append('%d' % year)
        elif d == 'z':
            offset = orig.tm_gmtoff if isinstance(orig, struct_time) and orig.tm_gmtoff is not None else -(altzone if t[8] > 0 else timezone)
            sign = '-' if offset < 0 else '+'
            offset = abs(offset) // 60
            out.append('%s%02d%02d' % (sign, offset // 60, offset % 60))
        elif d == 'Z':
            zone = orig.tm_zone if isinstance(orig, struct_time) else None
            out.append(zone if zone is not None else tzname[1 if t[8] > 0 else 0])
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string by a format (the directives of strftime) into a struct_time."""
    from _time_strptime import parse
    return parse(string, format, struct_time)


def get_clock_info(name):
    """The implementation, monotonicity, adjustability and resolution of a clock."""
    import types
    info = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09),
    }
    if name not in info:
        raise ValueError('unknown clock')
    implementation, monotonic_, adjustable, resolution = info[name]
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic_,
                                 adjustable=adjustable, resolution=resolution)


def thread_time_ns():
    return int(thread_time() * 1e9)


CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
_STRUCT_TM_ITEMS = 11  # struct_time's fields, tm_zone and tm_gmtoff included
_CLOCKS = {CLOCK_REALTIME: time, CLOCK_MONOTONIC: monotonic,
           CLOCK_PROCESS_CPUTIME_ID: process_time, CLOCK_THREAD_CPUTIME_ID: thread_time}


def clock_gettime(clk_id, /):
    """The time of clock clk_id (one of the CLOCK_* constants), in seconds."""
    try:
        return _CLOCKS[clk_id]()
    except KeyError:
        raise OSError(22, 'Invalid argument') from None


def clock_gettime_ns(clk_id, /):
    return int(clock_gettime(clk_id) * 1e9)


def clock_getres(clk_id, /):
    if clk_id not in _CLOCKS:
        raise OSError(22, 'Invalid argument')
    return 1e-09
