# test.support.stdio: captured_stdout/captured_stderr/captured_stdin replace the sys stream with
# an in-memory StringIO for the duration of a `with` block (io.StringIO when the io module
# exists, else our own small one).
import sys

try:
    from io import StringIO
except ImportError:
    from ._stringio import StringIO


class captured_output:
    """with captured_output('stdout') as s: ...; s.getvalue()"""

    def __init__(self, stream_name):
        self.stream_name = stream_name

    def __enter__(self):
        self.orig = getattr(sys, self.stream_name)
        self.stream = StringIO()
        setattr(sys, self.stream_name, self.stream)
        return self.stream

    def __exit__(self, *exc_info):
        setattr(sys, self.stream_name, self.orig)


def captured_stdout():
    return captured_output("stdout")


def captured_stderr():
    return captured_output("stderr")


def captured_stdin():
    return captured_output("stdin")
