# Runs one of CPython's regression-test modules (Lib/test/<name>.py) with whatever unittest the
# interpreter has: under pystm that is lib/unittest and lib/test/support (ours), with the system
# stdlib appended to sys.path *after* lib/ so that only modules we lack come from it; under
# python3 it is CPython's own, which gives the reference test counts.
#   usage: driver.py TEST_NAME STDLIB_DIR [EXCLUDED_TEST_ID ...]
# Excluded tests (ones that hung in an earlier attempt) are not run and count as errors.
# Output on stdout, one line each (stderr gets the usual unittest report):
#   PYSTM-PLACEHOLDER name<TAB>why   a module the test imports that is unavailable: replaced by a
#                                    stand-in whose every use raises ImportError (so only tests
#                                    that use it error, instead of the whole file)
#   PYSTM-START id                   a test begins (a hang or crash can be located)
#   PYSTM-TEST status id<TAB>first error line     status: pass fail error skip
#   PYSTM-IMPORT-ERROR first line    the test module could not be imported (exit 3)
#   PYSTM-RESULT {...json counts...}
import sys


def out(line):
    sys.stdout.write(line + '\n')
    sys.stdout.flush()


def one_line(text):
    text = str(text)
    for line in text.split('\n'):
        if line.strip():
            return line.strip()[:300]
    return ''


class Unavailable(ImportError):
    pass


class _UnavailableThing:
    """Any use raises Unavailable (an ImportError) naming the missing module."""

    def __init__(self, what, why):
        object.__setattr__(self, '_what', what)
        object.__setattr__(self, '_why', why)

    def _fail(self, *args, **kwargs):
        raise Unavailable("pystm: %s is unavailable (%s)" % (self._what, self._why))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return _UnavailableThing(self._what + '.' + name, self._why)

    __call__ = _fail
    __iter__ = _fail
    __add__ = _fail
    __radd__ = _fail
    __sub__ = _fail
    __index__ = _fail
    __int__ = _fail
    __getitem__ = _fail
    __len__ = _fail


def top_level_imports(path):
    names = []
    try:
        with open(path) as f:
            source = f.read()
    except OSError:
        return names
    for line in source.split('\n'):
        if line.startswith('import '):
            for part in line[7:].split(','):
                name = part.strip().split(' as ')[0].strip()
                if name:
                    names.append(name)
        elif line.startswith('from ') and ' import ' in line:
            name = line[5:line.index(' import ')].strip()
            if name and not name.startswith('.'):
                names.append(name)
    return names


def _test_helper_files(names, test_dir):
    """stdlib test/ files named by `from test import a, b` / `import test.x` lines (not support)."""
    import_lines = []
    for name in names:
        if name == 'test' or not name.startswith('test.') or name.startswith('test.support'):
            continue
        import_lines.append(name[5:].split('.')[0])
    return [test_dir + '/' + n + '.py' for n in import_lines]


def _from_test_imports(path):
    subs = []
    try:
        with open(path) as f:
            source = f.read()
    except OSError:
        return subs
    for line in source.split('\n'):
        if line.startswith('from test import '):
            for part in line[len('from test import '):].split(','):
                sub = part.strip().split(' as ')[0].strip('() ')
                if sub and sub != 'support':
                    subs.append('test.' + sub)
    return subs


def install_placeholders(test_file, test_dir):
    """Imports every module the test file (and the stdlib test helpers it uses) imports at top
    level; those that fail are replaced by placeholders."""
    todo = [test_file]
    done = set()
    wanted = []
    while todo:
        f = todo.pop(0)
        if f in done:
            continue
        done.add(f)
        names = top_level_imports(f)
        wanted.extend(names)
        for helper in _test_helper_files(names + _from_test_imports(f), test_dir):
            try:
                open(helper).close()
            except OSError:
                continue
            todo.append(helper)
    seen = set()
    for name in wanted:
        if name in seen or name == 'test' or name.startswith('test.') or name == '__future__':
            continue
        seen.add(name)
        try:
            __import__(name)
        except Exception as e:
            why = one_line('%s: %s' % (type(e).__name__, e))
            # Replace the outermost part that fails (unittest.mock, not all of unittest).
            parts = name.split('.')
            target = parts[0]
            for i in range(1, len(parts)):
                try:
                    __import__(target)
                except Exception:
                    break
                target = '.'.join(parts[:i + 1])
            sys.modules[target] = _module_placeholder(target, why)
            if '.' in target:
                parent, _, leaf = target.rpartition('.')
                if parent in sys.modules:
                    setattr(sys.modules[parent], leaf, sys.modules[target])
            out('PYSTM-PLACEHOLDER %s\t%s' % (target, why))


def _module_placeholder(name, why):
    m = _UnavailableThing(name, why)
    return m


def main():
    name = sys.argv[1]
    stdlib = sys.argv[2].rstrip('/')
    is_pystm = sys.implementation.name != 'cpython'
    if is_pystm:
        if stdlib not in sys.path:
            sys.path.append(stdlib)
        import os
        test_file = stdlib + '/test/' + name + '.py'
        if os.path.isdir(stdlib + '/test/' + name):
            test_file = stdlib + '/test/' + name + '/__init__.py'
        install_placeholders(test_file, stdlib + '/test')
    import unittest

    try:
        module = __import__('test.' + name, fromlist=['*'])
    except BaseException as e:
        out('PYSTM-IMPORT-ERROR %s' % one_line('%s: %s' % (type(e).__name__, e)))
        raise

    outcomes = {}
    messages = {}
    rank = {'pass': 0, 'skip': 1, 'fail': 2, 'error': 3}

    def key_of(test):
        case = getattr(test, 'test_case', None)  # a subtest's test (not a method named test_case)
        return (case if isinstance(case, unittest.TestCase) else test).id()

    def note(test, status, err=None):
        key = key_of(test)
        old = outcomes.get(key)
        if old is None or rank[status] > rank[old]:
            outcomes[key] = status
            if err is not None:
                messages[key] = one_line('%s: %s' % (err[0].__name__, err[1]))

    class Result(unittest.TextTestResult):
        def startTest(self, test):
            out('PYSTM-START %s' % test.id())
            super().startTest(test)

        def stopTest(self, test):
            super().stopTest(test)
            key = key_of(test)
            out('PYSTM-TEST %s %s\t%s' % (outcomes.get(key, 'error'), key, messages.get(key, '')))

        def addSuccess(self, test):
            super().addSuccess(test)
            note(test, 'pass')

        def addFailure(self, test, err):
            super().addFailure(test, err)
            note(test, 'fail', err)

        def addError(self, test, err):
            super().addError(test, err)
            if not hasattr(test, '_testMethodName') and not hasattr(test, 'test_case'):
                out('PYSTM-TEST fixture-error %s\t%s' % (test.id(), one_line('%s: %s' % (err[0].__name__, err[1]))))
                return
            note(test, 'error', err)

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                note(subtest, 'fail' if issubclass(err[0], test.failureException) else 'error', err)

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            if not hasattr(test, '_testMethodName'):
                if isinstance(getattr(test, 'test_case', None), unittest.TestCase):
                    # a skipped subtest: the test gets no other outcome when the rest passed
                    # (unittest adds no success after it), so it counts as skipped, not as an
                    # error without a message
                    note(test, 'skip')
                    messages.setdefault(key_of(test), one_line(reason))
                out('PYSTM-TEST fixture-skip %s\t%s' % (test.id(), one_line(reason)))
                return
            note(test, 'skip')
            messages.setdefault(key_of(test), one_line(reason))

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            note(test, 'pass')

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            note(test, 'fail', (AssertionError, 'unexpected success'))

    excluded = set(sys.argv[3:])

    def without_excluded(suite):
        kept = []
        for test in suite:
            if hasattr(test, '_testMethodName') or not hasattr(test, '__iter__'):
                if test.id() in excluded:
                    outcomes[test.id()] = 'error'
                    messages[test.id()] = 'hung: timed out in an earlier run, not run again'
                    out('PYSTM-TEST error %s\t%s' % (test.id(), messages[test.id()]))
                    continue
                kept.append(test)
            else:
                kept.append(without_excluded(test))
        return unittest.TestSuite(kept)

    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(module)
    if excluded:
        suite = without_excluded(suite)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=1, resultclass=Result)
    result = runner.run(suite)
    counts = {'pass': 0, 'fail': 0, 'error': 0, 'skip': 0}
    for status in outcomes.values():
        counts[status] += 1
    fixture_errors = sum(1 for t, _ in result.errors if not hasattr(t, '_testMethodName') and not hasattr(t, 'test_case'))
    summary = ('{"run": %d, "passed": %d, "failed": %d, "errors": %d, "skipped": %d, '
               '"fixture_errors": %d}' % (result.testsRun, counts['pass'], counts['fail'],
                                          counts['error'], counts['skip'], fixture_errors))
    out('PYSTM-RESULT ' + summary)


main()
