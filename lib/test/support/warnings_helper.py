# test.support.warnings_helper: check_warnings (records warnings, and checks the expected
# (message, category) filters matched), check_no_warnings, check_syntax_warning (compiling a
# statement warns once with SyntaxWarning, and raises SyntaxError under an 'error' filter),
# ignore_warnings. Message filters are regular expressions matched at the start of the text;
# without the re module only literal prefixes are supported.
import sys
import unittest
import warnings


def _match_start(pattern, text):
    if not pattern:
        return True
    try:
        import re
    except ImportError:
        re = None
    if re is not None:
        return re.match(pattern, text, re.I) is not None
    for ch in '.^$*+?{}[]\\|()':
        if ch in pattern:
            raise NotImplementedError('pystm: check_warnings filter %r needs the re module' % (pattern,))
    return text.lower().startswith(pattern.lower())


class WarningsRecorder:
    """The list of warnings caught by check_warnings(); the last one's attributes show through."""

    def __init__(self, warnings_list):
        self._warnings = warnings_list
        self._last = 0

    def __getattr__(self, attr):
        if len(self._warnings) > self._last:
            return getattr(self._warnings[-1], attr)
        elif attr in ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source'):
            return None
        raise AttributeError("%r has no attribute %r" % (self, attr))

    @property
    def warnings(self):
        return self._warnings[self._last:]

    def reset(self):
        self._last = len(self._warnings)


class _CheckWarnings:
    def __init__(self, filters, quiet):
        self.filters = list(filters)
        self.quiet = quiet

    def __enter__(self):
        for mod in list(sys.modules.values()):
            reg = getattr(mod, '__warningregistry__', None)
            if reg:
                reg.clear()
        self.manager = warnings.catch_warnings(record=True)
        self.caught = self.manager.__enter__()
        warnings.simplefilter("always")
        return WarningsRecorder(self.caught)

    def __exit__(self, *exc_info):
        self.manager.__exit__(*exc_info)
        if exc_info and exc_info[0] is not None:
            return None
        reraise = list(self.caught)
        missing = []
        for msg, cat in self.filters:
            seen = False
            for w in reraise[:]:
                warning = w.message
                if _match_start(msg, str(warning)) and issubclass(warning.__class__, cat):
                    seen = True
                    reraise.remove(w)
            if not seen and not self.quiet:
                missing.append((msg, cat.__name__))
        if reraise:
            raise AssertionError("unhandled warning %s" % reraise[0])
        if missing:
            raise AssertionError("filter (%r, %s) did not catch any warning" % missing[0])


def import_deprecated(name):
    """Import *name* while suppressing DeprecationWarning."""
    import importlib
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        return importlib.import_module(name)


def check_warnings(*filters, **kwargs):
    quiet = kwargs.get('quiet')
    if not filters:
        filters = (("", Warning),)
        if quiet is None:
            quiet = True
    return _CheckWarnings(filters, quiet)


class _CheckNoWarnings:
    def __init__(self, testcase, message='', category=Warning, force_gc=False):
        self.testcase = testcase
        self.message = message
        self.category = category
        self.force_gc = force_gc

    def __enter__(self):
        self.manager = warnings.catch_warnings(record=True)
        self.caught = self.manager.__enter__()
        warnings.filterwarnings('always', message=self.message, category=self.category)
        return self

    def __exit__(self, *exc_info):
        if self.force_gc:
            from test.support import gc_collect
            gc_collect()
        self.manager.__exit__(*exc_info)
        if exc_info and exc_info[0] is not None:
            return None
        self.testcase.assertEqual(self.caught, [])


def check_no_warnings(testcase, message='', category=Warning, force_gc=False):
    # a function, as CPython's: test_grammar imports it into a TestCase class body and calls
    # self.check_no_warnings(...), binding the test case as `testcase`
    return _CheckNoWarnings(testcase, message, category, force_gc)


def check_syntax_warning(testcase, statement, errtext='', *, lineno=1, offset=None):
    from test.support import check_syntax_error
    with warnings.catch_warnings(record=True) as warns:
        warnings.simplefilter('always', SyntaxWarning)
        compile(statement, '<testcase>', 'exec')
    testcase.assertEqual(len(warns), 1, warns)
    warn, = warns
    testcase.assertTrue(issubclass(warn.category, SyntaxWarning), warn.category)
    if errtext:
        testcase.assertRegex(str(warn.message), errtext)
    testcase.assertEqual(warn.filename, '<testcase>')
    testcase.assertIsNotNone(warn.lineno)
    if lineno is not None:
        testcase.assertEqual(warn.lineno, lineno)
    with warnings.catch_warnings(record=True) as warns:
        warnings.simplefilter('error', SyntaxWarning)
        check_syntax_error(testcase, statement, errtext, lineno=lineno, offset=offset)
    testcase.assertEqual(warns, [])


def ignore_warnings(*, category):
    def decorator(test):
        def wrapper(self, *args, **kwargs):
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', category=category)
                return test(self, *args, **kwargs)
        wrapper.__name__ = test.__name__
        wrapper.__qualname__ = getattr(test, '__qualname__', test.__name__)
        wrapper.__doc__ = test.__doc__
        return wrapper
    return decorator


def save_restore_warnings_filters():
    return warnings.catch_warnings()
