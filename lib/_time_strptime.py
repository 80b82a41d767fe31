"""time.strptime for pystm (lib/time.py): a regular expression built from the format's
directives (C locale names), then the fields, with the year's day and weekday computed as
CPython's _strptime does. Our own code."""

import re
from time import _is_leap

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')

_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + '|'.join(_DAYS) + ')',
    'a': '(?P<a>' + '|'.join(d[:3] for d in _DAYS) + ')',
    'B': '(?P<B>' + '|'.join(_MONTHS) + ')',
    'b': '(?P<b>' + '|'.join(m[:3] for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_PATTERNS['W'] = _PATTERNS['U'].replace('U', 'W')
# (CPython 3.11's _strptime knows no %D, %T, %R, %F, %e nor %h: they are bad directives there)
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_cache = {}


def _compile(format):
    found = _cache.get(format)
    if found is not None:
        return found
    pieces = []
    seen = set()
    i = 0
    fmt = format
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d in _EXPANSIONS:
                fmt = fmt[:i] + _EXPANSIONS[d] + fmt[i + 2:]
                continue
            pattern = _PATTERNS.get(d)
            if pattern is None:
                # (CPython: whitespace after % is a bad directive named '%')
                raise ValueError(f"'{'%' if d.isspace() else d}' is a bad directive in format '{format}'") from None
            elif d in seen and d != '%':
                pieces.append('(?P=%s)' % d)
            else:
                seen.add(d)
                pieces.append(pattern)
            i += 2
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % format) from None
        elif c.isspace():
            pieces.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            continue
        else:
            pieces.append(re.escape(c))
            i += 1
    compiled = re.compile(''.join(pieces), re.IGNORECASE)
    _cache[format] = compiled
    return compiled


_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _ordinal(year, month, day):
    # days since 0001-01-01 (1 for that day), proleptic Gregorian
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    return days + _BEFORE_MONTH[month - 1] + (month > 2 and _is_leap(year)) + day


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7  # 0 = Monday


def _from_ordinal(n):
    # the (year, month, day) of an ordinal
    year = max(1, (n - 1) * 400 // 146097 - 1)
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    while _ordinal(year, 1, 1) > n:
        year -= 1
    rest = n - _ordinal(year, 1, 1) + 1
    month = 12
    while month > 1 and _BEFORE_MONTH[month - 1] + (month > 2 and _is_leap(year)) >= rest:
        month -= 1
    return year, month, rest - _BEFORE_MONTH[month - 1] - (month > 2 and _is_leap(year))


def parse(string, format, struct_time):
    f = parse_fields(string, format)
    return struct_time(f['tuple'] + (f['zone'], f['gmtoff']))


def parse_fields(string, format):
    # {'tuple': the 9 fields, 'zone', 'gmtoff' (seconds or None), 'gmtoff_fraction' and
    # 'fraction' (microseconds)}: time.strptime and datetime.strptime (lib/datetime.py) both
    for value, name in ((string, 'string'), (format, 'format')):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (1 if name == 'string' else 2, type(value).__name__))
    found = _compile(format).match(string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (string, format))
    if len(string) != found.end():
        raise ValueError('unconverted data remains: %s' % string[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = 0
    weekday = julian = None
    week_of_year = None
    week_starts_monday = False
    gmtoff = None
    gmtoff_fraction = 0
    fraction = 0
    zone = None
    isdst = -1
    if 'y' in g:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if 'Y' in g:
        year = int(g['Y'])
    if 'm' in g:
        month = int(g['m'])
    if 'B' in g:
        month = _MONTHS.index(g['B'].lower()) + 1
    if 'b' in g:
        month = [m[:3] for m in _MONTHS].index(g['b'].lower()) + 1
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    if 'I' in g:
        hour = int(g['I'])
        ampm = g.get('p', '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif ampm == 'pm' and hour != 12:
            hour += 12
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'A' in g:
        weekday = _DAYS.index(g['A'].lower())
    if 'a' in g:
        weekday = [d[:3] for d in _DAYS].index(g['a'].lower())
    if 'w' in g:
        weekday = (int(g['w']) - 1) % 7
    if 'u' in g:
        weekday = int(g['u']) - 1
    if 'j' in g:
        julian = int(g['j'])
    if 'U' in g:
        week_of_year = int(g['U'])
    if 'W' in g:
        week_of_year = int(g['W'])
        week_starts_monday = True
    if 'f' in g:
        fraction = int(g['f'].ljust(6, '0'))
    if 'z' in g:
        z = g['z']
        if z == 'Z':
            gmtoff = 0
        else:
            sign = -1 if z[0] == '-' else 1
            digits, _, frac = z[1:].replace(':', '').partition('.')
            gmtoff = sign * (int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + (int(digits[4:6]) if len(digits) >= 6 else 0))
            gmtoff_fraction = sign * int(frac.ljust(6, '0')) if frac else 0
    if 'Z' in g:
        zone = g['Z']
        isdst = 0
    iso_year = int(g['G']) if 'G' in g else None
    iso_week = int(g['V']) if 'V' in g else None
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        # the Monday of ISO week 1 is in the week of January 4th
        jan4 = _ordinal(iso_year, 1, 4)
        n = jan4 - _weekday(iso_year, 1, 4) + (iso_week - 1) * 7 + weekday
        year = iso_year
        julian = n - _ordinal(year, 1, 1) + 1   # (CPython's: past 365 in the next year)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_default = False
    if year is None:
        year = 1900
        if month == 2 and day == 29:
            leap_default = True
            year = 1904  # validate Feb 29 against a leap year, report 1900 as CPython does
    if julian is None and weekday is not None and week_of_year is not None:
        first_weekday = _weekday(year, 1, 1)
        day_of_week = weekday
        if not week_starts_monday:  # %U: count from Sunday
            first_weekday = (first_weekday + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        if week_of_year == 0:
            julian = 1 + day_of_week - first_weekday
        else:
            julian = 1 + (7 - first_weekday) % 7 + 7 * (week_of_year - 1) + day_of_week
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        ordinal = _ordinal(year, 1, 1) + julian - 1
        year, month, day = _from_ordinal(ordinal)
    else:
        if not 1 <= day <= (29 if month == 2 and _is_leap(year) else (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]):
            raise ValueError('day is out of range for month')
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_default:
        year = 1900
    return {'tuple': (year, month, day, hour, minute, second, weekday, julian, isdst), 'zone': zone,
            'gmtoff': gmtoff, 'gmtoff_fraction': gmtoff_fraction, 'fraction': fraction}
