# Inside an except* clause the handled exception is the matched part of the group: an
# exception raised there has it as __context__, and sys.exc_info() shows it.
import sys
orig = ExceptionGroup("eg", [ValueError(1), OSError(2)])
try:
    try:
        raise orig
    except* OSError:
        print("in clause:", repr(sys.exc_info()[1]))
        raise TypeError(3)
except ExceptionGroup as e:
    exc = e
print(repr(exc))
print("context:", repr(exc.exceptions[0].__context__))
print("traceback kept:", exc.exceptions[0].__context__.__traceback__ is orig.__traceback__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
