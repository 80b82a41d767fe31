# traceback.format_exc / format_exception / print_exc and the traceback objects behind them.
import sys
import traceback
import io
import os

def inner():
    return 1 / 0

def outer():
    inner()

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print([l.strip() for l in lines if l.strip().startswith("File")].__len__())
    print(lines[-1])
    et, ev, tb = sys.exc_info()
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

try:
    raise ValueError("bad value")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), "<dir>"), end="")
print(traceback.format_exc())
