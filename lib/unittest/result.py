# unittest.result: TestResult collects outcomes (failures/errors as (test, formatted traceback)
# pairs, skipped as (test, reason)); exceptions are formatted here without the traceback
# module: frames of modules that define `__unittest` (this package) are left out, as CPython
# does, and source lines come from linecache when it can read the file.
import sys

from .util import strclass

__unittest = True


def _frame_lines(tb):
    lines = []
    while tb is not None:
        frame = tb.tb_frame
        globs = getattr(frame, 'f_globals', None)
        if globs is None or '__unittest' not in globs:
            code = frame.f_code
            lines.append('  File "%s", line %s, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
            try:
                import linecache
                text = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            except Exception:
                text = ''
            if text:
                lines.append('    %s\n' % text)
        tb = tb.tb_next
    return lines


def _exception_only(exc_type, value):
    name = getattr(exc_type, '__qualname__', None) or getattr(exc_type, '__name__', repr(exc_type))
    module = getattr(exc_type, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = module + '.' + name
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if isinstance(value, SyntaxError) and getattr(value, 'msg', None) is not None:
        out = []
        if value.filename is not None or value.lineno is not None:
            out.append('  File "%s", line %s\n' % (value.filename or '<string>', value.lineno))
        if value.text:
            out.append('    %s\n' % value.text.strip())
        out.append('%s: %s\n' % (name, value.msg))
        return out
    if text:
        return ['%s: %s\n' % (name, text)]
    return ['%s\n' % name]


def format_exception(exc_type, value, tb, seen=None):
    """Lines like traceback.format_exception, including chained exceptions."""
    if seen is None:
        seen = set()
    seen.add(id(value))
    out = []
    if value is not None:
        cause = getattr(value, '__cause__', None)
        context = getattr(value, '__context__', None)
        if cause is not None and id(cause) not in seen:
            out.extend(format_exception(type(cause), cause, cause.__traceback__, seen))
            out.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif (context is not None and not getattr(value, '__suppress_context__', False)
              and id(context) not in seen):
            out.extend(format_exception(type(context), context, context.__traceback__, seen))
            out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    frames = _frame_lines(tb)
    if frames:
        out.append('Traceback (most recent call last):\n')
        out.extend(frames)
    out.extend(_exception_only(exc_type, value))
    return out


class TestResult:
    """Holds the outcome of a test run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exc_type, value, tb = err
        return ''.join(format_exception(exc_type, value, tb))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))
