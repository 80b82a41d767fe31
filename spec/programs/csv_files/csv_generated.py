# csv against CPython on generated rows and dialects: writer output (quoting modes, escapechar,
# doublequote, lineterminator, None/numbers), reading it back, and reading random text with
# embedded quotes, escapes and line ends (strict and not); errors print class and message
import csv, io
seed = 777
def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
ALPH = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '1', '.', '\0', 'é', '\U0001F600', '|']
def rtext(n):
    return ''.join(ALPH[r(len(ALPH))] for _ in range(n))
def rdialect():
    kw = {}
    if r(2): kw['delimiter'] = [',', ';', '\t', '|', ' '][r(5)]
    if r(2): kw['quotechar'] = ['"', "'", '|', None][r(4)]
    if r(2): kw['escapechar'] = [None, '\\', '|'][r(3)]
    if r(2): kw['doublequote'] = bool(r(2))
    if r(2): kw['skipinitialspace'] = bool(r(2))
    if r(2): kw['lineterminator'] = ['\r\n', '\n', '!', ''][r(4)]
    if r(2): kw['quoting'] = r(4)
    if r(2): kw['strict'] = bool(r(2))
    return kw
for case in range(150):
    kw = rdialect()
    rows = []
    for _ in range(r(4)):
        row = []
        for _ in range(r(5)):
            k = r(6)
            row.append(rtext(r(8)) if k < 3 else [None, 12, 2.5, -0.0, True][r(5)] if k < 5 else '')
        rows.append(row)
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        text = out.getvalue()
        print(case, 'W', repr(text))
    except Exception as e:
        print(case, 'W!', type(e).__name__, e, repr(out.getvalue()))
        text = out.getvalue()
    try:
        rd = csv.reader(text.splitlines(True), **kw)
        print(case, 'R', [row for row in rd], rd.line_num)
    except Exception as e:
        print(case, 'R!', type(e).__name__, e)
    g = rtext(r(30))
    for nl in (None, ''):
        try:
            rd = csv.reader((g if nl == '' else g.replace('\r\n', '\n').replace('\r', '\n')).splitlines(True), **kw)
            print(case, 'G', [row for row in rd], rd.line_num)
        except Exception as e:
            print(case, 'G!', type(e).__name__, e)
    try:
        print(case, 'L', list(csv.reader(g.split('\n'), **kw)))
    except Exception as e:
        print(case, 'L!', type(e).__name__, e)
