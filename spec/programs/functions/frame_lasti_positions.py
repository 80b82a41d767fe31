# f_lasti and tb_lasti are byte offsets: co_positions()[lasti // 2] is the current instruction, as inspect reads it
import sys, itertools
def pos(code, lasti):
    return next(itertools.islice(code.co_positions(), lasti // 2, None))
def f():
    x = [1,
         2]
    return sys._getframe()
fr = f()
print(fr.f_lasti % 2, pos(fr.f_code, fr.f_lasti)[:2])
try:
    {}['k']
except KeyError as e:
    tb = e.__traceback__
    p = pos(tb.tb_frame.f_code, tb.tb_lasti)
    print(p[0] == tb.tb_lineno, p[2:])
import traceback
try:
    (lambda: 1/0)()
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-3:])
