# Capturing print output with contextlib.redirect_stdout into a StringIO, and sys.stdout swaps.
import io
import sys
from contextlib import redirect_stdout

capture = io.StringIO()
with redirect_stdout(capture):
    print("captured line")
    print("another", 42)
print("outside:", repr(capture.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
hidden = sys.stdout.getvalue()
sys.stdout = old
print("restored; hidden was", repr(hidden))
print(sys.stdout is sys.__stdout__)
