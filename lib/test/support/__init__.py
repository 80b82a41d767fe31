# test.support: pystm's own minimal version of CPython's test-suite helpers, holding just the
# names the regression tests we run actually use (see bench/cpython_tests). Tests for CPython
# internals skip (cpython_only, check_impl_detail(cpython=True) is False); tests needing
# resources we do not provide (subprocesses, big memory, 'cpu'-heavy runs) skip with a reason.
# Nothing here fakes success: an unsupported feature makes the test fail or skip.
import sys
import unittest

from .stdio import captured_output, captured_stdout, captured_stderr, captured_stdin

__all__ = [
    'cpython_only', 'check_impl_detail', 'run_unittest', 'requires_IEEE_754',
    'check_syntax_error', 'captured_output', 'captured_stdout', 'captured_stderr',
    'captured_stdin', 'ALWAYS_EQ', 'NEVER_EQ', 'LARGEST', 'SMALLEST', 'infinite_recursion',
    'gc_collect', 'check_free_after_iterating', 'adjust_int_max_str_digits', 'requires_resource',
    'is_resource_enabled', 'bigmemtest', 'no_tracing', 'SuppressCrashReport',
    'catch_unraisable_exception', 'HAVE_DOCSTRINGS', 'MISSING_C_DOCSTRINGS', 'Py_DEBUG',
    'verbose', 'swap_attr', 'swap_item', 'disable_gc', 'requires_subprocess',
    'TestFailed', 'ResourceDenied', 'Error', 'sortdict', 'run_doctest', 'refcount_test',
    'requires_debug_ranges', 'skip_if_pgo_task', 'EqualToForwardRef',
]

verbose = 1
use_resources = ()
failfast = False
real_max_memuse = 0
max_memuse = 0
Py_DEBUG = False
HAVE_DOCSTRINGS = True
MISSING_C_DOCSTRINGS = True
is_jython = False
is_android = False
is_emscripten = False
is_wasi = False
has_subprocess_support = False
# (sockets cannot be created: lib/_socket.py)
has_socket_support = False
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 300.0
LOOPBACK_TIMEOUT = 5.0
INTERNET_TIMEOUT = 60.0
PGO = False
MAX_Py_ssize_t = sys.maxsize
TEST_SUPPORT_DIR = __path__[0] if '__path__' in globals() else ''


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class ResourceDenied(unittest.SkipTest):
    """A resource the test needs is not enabled."""


def _implementation_name():
    return getattr(getattr(sys, 'implementation', None), 'name', 'pystm')


def check_impl_detail(**guards):
    """check_impl_detail(cpython=True) is True only on CPython; with no guards, True on CPython."""
    if not guards:
        guards = {'cpython': True}
    default = not (True in guards.values())
    return guards.get(_implementation_name(), default)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return lambda f: f
    if msg is None:
        names = sorted(guards.keys())
        msg = "implementation detail not available on {0}".format(' or '.join(names))
    return unittest.skip(msg)


def cpython_only(test):
    """Skips a test that checks a CPython implementation detail."""
    return impl_detail(cpython=True)(test)


def refcount_test(test):
    return cpython_only(test)


def is_resource_enabled(resource):
    return resource in use_resources


def requires(resource, msg=None):
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the %r resource not enabled" % resource
        raise ResourceDenied(msg)


def requires_resource(resource):
    if is_resource_enabled(resource):
        return lambda f: f
    return unittest.skip("resource {0!r} is not enabled".format(resource))


def requires_subprocess():
    return unittest.skipUnless(has_subprocess_support, "requires subprocess support")


def requires_working_socket(*, module=False):
    """Skips a test (or, with module=True, the whole module) that needs real sockets."""
    msg = "requires socket support"
    if module:
        if not has_socket_support:
            raise unittest.SkipTest(msg)
    else:
        return unittest.skipUnless(has_socket_support, msg)


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    return unittest.skip(reason)


def skip_if_pgo_task(test):
    return test


def bigmemtest(size, memuse, dry_run=True):
    """Big-memory tests run only at the small dry-run size; otherwise they skip."""
    def decorator(f):
        def wrapper(self):
            if not real_max_memuse and not dry_run:
                raise unittest.SkipTest("not enough memory: bigmem tests are not enabled")
            return f(self, 5147)
        wrapper.size = size
        wrapper.memuse = memuse
        wrapper.__name__ = f.__name__
        wrapper.__qualname__ = getattr(f, '__qualname__', f.__name__)
        wrapper.__doc__ = f.__doc__
        return wrapper
    return decorator


def bigaddrspacetest(f):
    return unittest.skip("bigaddrspace tests are not enabled")(f)


def requires_IEEE_754(test):
    import math
    ok = (math.inf > 1e308 and 2.0 ** -1074 > 0.0 and 2.0 ** -1075 == 0.0)
    return unittest.skipUnless(ok, "test requires IEEE 754 doubles")(test)


def no_tracing(func):
    """Runs func with sys.settrace disabled (trace functions are not used by pystm anyway)."""
    if not hasattr(sys, 'gettrace'):
        return func

    def wrapper(*args, **kwargs):
        original = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(original)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = getattr(func, '__qualname__', func.__name__)
    wrapper.__doc__ = func.__doc__
    return wrapper


class SuppressCrashReport:
    """No core dumps or crash dialogs exist on pystm: a plain context manager."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return None


def gc_collect():
    """Runs the collector a few times so that unreachable objects are freed."""
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


class disable_gc:
    def __enter__(self):
        import gc
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info):
        import gc
        if self.was_enabled:
            gc.enable()


def run_unittest(*classes):
    """Runs the given TestCase classes (or modules, or suites); raises TestFailed on failure."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        if isinstance(cls, str):
            if cls in sys.modules:
                suite.addTest(loader.loadTestsFromModule(sys.modules[cls]))
            else:
                raise ValueError("str arguments must be keys in sys.modules")
        elif isinstance(cls, unittest.TestSuite):
            suite.addTest(cls)
        elif isinstance(cls, type):
            suite.addTest(loader.loadTestsFromTestCase(cls))
        else:
            suite.addTest(loader.loadTestsFromModule(cls))
    result = unittest.TextTestRunner(sys.stdout, verbosity=verbose).run(suite)
    if not result.wasSuccessful():
        if len(result.errors) == 1 and not result.failures:
            err = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            err = result.failures[0][1]
        else:
            err = "multiple errors occurred"
        raise TestFailed(err)
    return result


def run_doctest(module, verbosity=None, optionflags=0):
    import doctest
    f, t = doctest.testmod(module, verbose=verbosity, optionflags=optionflags)
    if f:
        raise TestFailed("%d of %d doctests failed" % (f, t))
    return f, t


def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    """compile(statement) must raise SyntaxError (whose text matches errtext) at lineno/offset."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


class _AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ALWAYS_EQ>'


class _NeverEq:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1

    def __repr__(self):
        return '<NEVER_EQ>'


class _Largest:
    def __eq__(self, other):
        return isinstance(other, _Largest)

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return not isinstance(other, _Largest)

    def __le__(self, other):
        return isinstance(other, _Largest)

    def __ge__(self, other):
        return True

    def __repr__(self):
        return '<LARGEST>'

    def __hash__(self):
        return 3


class _Smallest:
    def __eq__(self, other):
        return isinstance(other, _Smallest)

    def __lt__(self, other):
        return not isinstance(other, _Smallest)

    def __gt__(self, other):
        return False

    def __le__(self, other):
        return True

    def __ge__(self, other):
        return isinstance(other, _Smallest)

    def __repr__(self):
        return '<SMALLEST>'

    def __hash__(self):
        return 5


ALWAYS_EQ = _AlwaysEq()
NEVER_EQ = _NeverEq()
LARGEST = _Largest()
SMALLEST = _Smallest()


class EqualToForwardRef:
    def __init__(self, arg, **kwargs):
        self.arg = arg

    def __eq__(self, other):
        return getattr(other, '__forward_arg__', None) == self.arg


class _ContextDecorator:
    """A context manager that is usable as a decorator too, as CPython's (contextmanager-made)
    helpers are: the function runs inside `with self`."""

    def __call__(self, func):
        import functools

        @functools.wraps(func)
        def inner(*args, **kwds):
            with self:
                return func(*args, **kwds)
        return inner


class infinite_recursion(_ContextDecorator):
    """Lowers the recursion limit so a runaway recursion fails fast."""

    def __init__(self, max_depth=75):
        self.max_depth = max_depth

    def __enter__(self):
        self.original = sys.getrecursionlimit()
        depth = _current_depth()
        sys.setrecursionlimit(depth + self.max_depth)
        return self

    def __exit__(self, *exc_info):
        sys.setrecursionlimit(self.original)


def _current_depth():
    depth = 0
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return 50
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


def get_recursion_depth():
    return _current_depth()


class adjust_int_max_str_digits:
    """Temporarily sets sys.set_int_max_str_digits(max_digits)."""

    def __init__(self, max_digits):
        self.max_digits = max_digits

    def __enter__(self):
        self.current = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(self.max_digits)
        return self

    def __exit__(self, *exc_info):
        sys.set_int_max_str_digits(self.current)

    def __call__(self, func):
        outer = self

        def wrapper(*args, **kwargs):
            with adjust_int_max_str_digits(outer.max_digits):
                return func(*args, **kwargs)
        wrapper.__name__ = func.__name__
        wrapper.__qualname__ = getattr(func, '__qualname__', func.__name__)
        wrapper.__doc__ = func.__doc__
        return wrapper


def check_free_after_iterating(test, iter, cls, args=()):
    """An iterator must release its iterable once exhausted: the iterable's __del__ runs."""
    done = False

    class A(cls):
        def __del__(self):
            nonlocal done
            try:
                next(it)
            except StopIteration:
                pass
            done = True

    it = iter(A(*args))
    test.assertRaises(StopIteration, next, it)
    gc_collect()
    test.assertTrue(done, '__del__ of the exhausted iterable did not run')


class catch_unraisable_exception:
    """Replaces sys.unraisablehook; cm.unraisable is the last unraisable exception seen."""

    def __init__(self):
        self.unraisable = None
        self._old_hook = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._old_hook = getattr(sys, 'unraisablehook', None)
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        if self._old_hook is None:
            try:
                del sys.unraisablehook
            except AttributeError:
                pass
        else:
            sys.unraisablehook = self._old_hook
        self.unraisable = None


class swap_attr:
    def __init__(self, obj, attr, new_val):
        self.obj, self.attr, self.new_val = obj, attr, new_val

    def __enter__(self):
        self.had = hasattr(self.obj, self.attr)
        if self.had:
            self.real = getattr(self.obj, self.attr)
        setattr(self.obj, self.attr, self.new_val)
        return self.real if self.had else None

    def __exit__(self, *exc_info):
        if self.had:
            setattr(self.obj, self.attr, self.real)
        elif hasattr(self.obj, self.attr):
            delattr(self.obj, self.attr)


class swap_item:
    def __init__(self, obj, item, new_val):
        self.obj, self.item, self.new_val = obj, item, new_val

    def __enter__(self):
        self.had = self.item in self.obj
        if self.had:
            self.real = self.obj[self.item]
        self.obj[self.item] = self.new_val
        return self.real if self.had else None

    def __exit__(self, *exc_info):
        if self.had:
            self.obj[self.item] = self.real
        elif self.item in self.obj:  # (the block may have removed it itself)
            del self.obj[self.item]


_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
NHASHBITS = sys.hash_info.width
has_fork_support = False
has_strftime_extensions = False
REPO_ROOT = ''
requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS, "test requires docstrings")
# CPython's legacy (wchar_t) str representation, which only its _testcapi can build
unicode_legacy_string = None
requires_legacy_unicode_capi = unittest.skipUnless(unicode_legacy_string,
                                                   'requires legacy Unicode C API')


def requires_mac_ver(*min_version):
    # Not macOS: nothing to check.
    def decorator(func):
        func.min_version = min_version
        return func
    return decorator


def requires_fork():
    return unittest.skipUnless(has_fork_support, "requires working os.fork()")


def skip_if_buggy_ucrt_strfptime(test):
    return test


def findfile(filename, subdir=None):
    import os
    if os.path.isabs(filename):
        return filename
    if subdir is not None:
        filename = os.path.join(subdir, filename)
    import test as _test_pkg
    path = [os.path.dirname(__file__)] + sys.path
    for dn in path:
        fn = os.path.join(dn, 'test', filename)
        if os.path.exists(fn):
            return fn
        fn = os.path.join(dn, filename)
        if os.path.exists(fn):
            return fn
    return filename


def setswitchinterval(interval):
    return sys.setswitchinterval(interval)


def wait_process(pid, *, exitcode, timeout=None):
    raise unittest.SkipTest('pystm has no subprocesses')


def maybe_get_event_loop_policy():
    return None


# Object sizes: sys.getsizeof has no CPython layout to match on pystm, so check_sizeof skips
# (as CPython's does without _testinternalcapi); calcobjsize gives CPython's formula's value.
_header = 'nP'
_align = '0n'
_vheader = _header + 'n'


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_header + fmt + _align)


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_vheader + fmt + _align)


def check_sizeof(test, o, size):
    raise unittest.SkipTest("_testinternalcapi required")


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    import re
    mod = tp.__module__
    name = tp.__name__
    qualname = name if mod == 'builtins' else "%s.%s" % (mod, name)
    msg = "cannot create '%s' instances" % re.escape(qualname)
    testcase.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    if name_of_module is None:
        name_of_module = (module.__name__, )
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module, )
    expected = set(extra)
    for name in dir(module):
        if name.startswith('_') or name in not_exported:
            continue
        obj = getattr(module, name)
        if (getattr(obj, '__module__', None) in name_of_module or
                (not hasattr(obj, '__module__') and not isinstance(obj, type(sys)))):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


class _RunWithLocale(_ContextDecorator):
    def __init__(self, catstr, *locales):
        self.catstr = catstr
        self.locales = locales

    def __enter__(self):
        try:
            import locale
            category = getattr(locale, self.catstr)
            self.orig = locale.setlocale(category)
        except AttributeError:
            raise
        except Exception:
            self.locale = self.orig = None
            return
        self.locale = locale
        self.category = category
        for loc in self.locales:
            try:
                locale.setlocale(category, loc)
                break
            except Exception:
                pass

    def __exit__(self, *exc):
        if self.locale is not None and self.orig:
            self.locale.setlocale(self.category, self.orig)


def run_with_locale(catstr, *locales):
    return _RunWithLocale(catstr, *locales)


def run_with_tz(tz):
    """Decorator: run the test with os.environ['TZ'] set to tz (and time.tzset() called),
    restoring the previous zone afterwards."""
    def decorator(func):
        import functools

        @functools.wraps(func)
        def inner(*args, **kwds):
            import os
            import time
            old = os.environ.get('TZ')
            os.environ['TZ'] = tz
            time.tzset()
            try:
                return func(*args, **kwds)
            finally:
                if old is None:
                    del os.environ['TZ']
                else:
                    os.environ['TZ'] = old
                time.tzset()
        return inner
    return decorator


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    """load_tests of a test package: every test*.py module of pkg_dir, imported as a submodule."""
    import os
    package = None
    for name, mod in list(sys.modules.items()):
        f = getattr(mod, '__file__', None)
        if f and os.path.dirname(f) == pkg_dir and f.endswith('__init__.py'):
            package = name
            break
    for fn in sorted(os.listdir(pkg_dir)):
        if fn.startswith('test') and fn.endswith('.py'):
            modname = package + '.' + fn[:-3]
            try:
                __import__(modname)
            except Exception as e:
                # as discovery does: the module that cannot be imported is one failing test
                from unittest.loader import _make_failed_test
                failed, _ = _make_failed_test(modname, e, loader.suiteClass, str(e))
                standard_tests.addTests(failed)
                continue
            standard_tests.addTests(loader.loadTestsFromModule(sys.modules[modname]))
    return standard_tests


def sortdict(d):
    items = sorted(d.items())
    return "{%s}" % ", ".join("%r: %r" % pair for pair in items)


def __getattr__(name):
    # test.support.os_helper etc. as attributes, the way CPython's package exposes them
    if name in ('os_helper', 'import_helper', 'warnings_helper', 'script_helper',
                'threading_helper'):
        __import__('test.support.' + name)
        return sys.modules['test.support.' + name]
    raise AttributeError("module 'test.support' has no attribute %r (not provided by pystm's "
                         "test.support)" % (name,))
