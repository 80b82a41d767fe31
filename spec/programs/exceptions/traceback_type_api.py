# traceback objects: tb_next assignment checks (type, loops, no delete) and the
# types.TracebackType constructor (CPython's test_raise TestTracebackType).
import sys, types
def get_tb():
    try: raise OSError()
    except OSError as e: return e.__traceback__
def raiser(): raise ValueError
try:
    raiser()
except Exception as exc:
    tb = exc.__traceback__
print(type(tb.tb_next).__name__, tb.tb_next.tb_next)
for what, f in (('del', lambda: delattr(tb, 'tb_next')), ('str', lambda: setattr(tb, 'tb_next', 'asdf')),
                ('self loop', lambda: setattr(tb, 'tb_next', tb)), ('2 loop', lambda: setattr(tb.tb_next, 'tb_next', tb))):
    try:
        f(); print(what, 'ok')
    except Exception as e: print(what, type(e).__name__, e)
tb.tb_next = None
print(tb.tb_next)
n = get_tb(); tb.tb_next = n; print(tb.tb_next is n)
frame = sys._getframe()
t2 = types.TracebackType(n, frame, 1, 2)
print(t2.tb_next is n, t2.tb_frame is frame, t2.tb_lasti, t2.tb_lineno)
print(types.TracebackType(None, frame, 1, 2).tb_next)
for args in (("no", frame, 1, 2), (n, "no", 1, 2), (n, frame, "no", 2), (n, frame, 1, "nuh-uh"), (n, frame, 1), ()):
    try:
        types.TracebackType(*args); print('made')
    except TypeError as e: print('TypeError', e)
try:
    types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=1, tb_lineno=2); print('kw ok')
except TypeError as e: print('TypeError', e)
import traceback
made = types.TracebackType(None, frame, 0, 7)
print(made.tb_lasti, made.tb_lineno)
e = ValueError('x').with_traceback(made)
print(len(traceback.format_tb(e.__traceback__)), e.__traceback__ is made)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__.tb_next is made)
