# sys.displayhook writes repr to the current sys.stdout and sets builtins._; statements compiled
# in 'single' mode call the current sys.displayhook; sys.__excepthook__ writes the traceback to
# the current sys.stderr.
import builtins
import io
import sys

old = sys.stdout
sys.stdout = io.StringIO()
sys.displayhook(42)
sys.displayhook(None)
exec(compile("'x' * 2", "<single>", "single"))
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured), builtins._)

seen = []
sys.displayhook = seen.append
exec(compile("1 + 1", "<single>", "single"))
exec(compile("None", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
exec(compile("[3]", "<single>", "single"))

try:
    raise ValueError("test message")
except ValueError:
    err = sys.stderr
    sys.stderr = io.StringIO()
    sys.__excepthook__(*sys.exc_info())
    report = sys.stderr.getvalue()
    sys.stderr = err
lines = report.splitlines()
print(lines[0])
print(lines[-2].strip())
print(lines[-1], report.endswith("\n"))
