# SystemExit can be caught; its code is kept; exit(None) and exit("msg") forms.
import sys
for arg in [0, 2, None, "message"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit(0)
