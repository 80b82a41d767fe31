# The traceback of an exception raised by an ExitStack callback runs through the stack's
# __exit__ (the callback call, then the re-raise) and the callback wrapper, with the exception
# of the with-block as its __context__.
import traceback
from contextlib import ExitStack


def raise_exc(exc):
    raise exc


try:
    with ExitStack() as stack:
        stack.callback(raise_exc, ValueError)
        1 / 0
except ValueError as e:
    exc = e
print([(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)][1:])
print(type(exc.__context__).__name__,
      [(f.name, f.line) for f in traceback.extract_tb(exc.__context__.__traceback__)])
