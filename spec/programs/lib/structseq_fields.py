# Struct sequences written in Python (lib/_structseq.py): time.struct_time and os.stat_result
# have CPython's n_fields / n_sequence_fields / n_unnamed_fields, __match_args__, constructor
# errors, attribute-only fields from the dict argument, and __reduce__ (pickle, copy).
import copy
import os
import pickle
import time

for cls in (time.struct_time, os.stat_result, os.terminal_size):
    print(cls.__name__, cls.n_fields, cls.n_sequence_fields, cls.n_unnamed_fields, cls.__match_args__)

for args, kwargs in [((), {}), ((None,), {}), (("123",), {}), (("123",), {'dict': {}}),
                     (("123456789",), {'dict': None}), (("123456789AB!",), {}), ((5,), {})]:
    try:
        time.struct_time(*args, **kwargs)
    except TypeError as e:
        print('TypeError', 'takes' in str(e) or str(e))
    else:
        print('no error', args, kwargs)
for n in (2, 3):
    try:
        os.terminal_size(range(n))
    except TypeError as e:
        print('TypeError', e)
print(os.terminal_size((80, 24)))

t = time.struct_time("123456789", {'tm_zone': 'Z'})
print(t, t.tm_zone, t.tm_gmtoff, "".join(t))
print(t.__reduce__())
t0 = time.gmtime(0)
print(t0.__reduce__())
print(pickle.loads(pickle.dumps(t0)) == t0, pickle.loads(pickle.dumps(t0)).tm_zone)

r = os.stat_result(range(10), {'st_atime': 1.5, 'st_atime_ns': 2})
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize, len(r), r[7])
print(r.__reduce__())
r2 = copy.deepcopy(r)
print(r2 == r, r2.st_atime, r2.st_atime_ns, type(r2).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r3 = pickle.loads(pickle.dumps(r, proto))
    assert (r3, r3.st_atime, r3.st_atime_ns) == (r, 1.5, 2), proto

st = os.stat(__file__)
print(st.st_atime == st[7] or int(st.st_atime) == st[7], type(st.st_mtime_ns).__name__,
      isinstance(st.st_blksize, int), repr(st).startswith('os.stat_result(st_mode='))

match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('kw', y, m)
match time.gmtime(0):
    case time.struct_time(y, m, d):
        print('pos', y, m, d)
