# unittest.suite: TestSuite, a list of tests run in order. The top-level suite also runs the
# class and module fixtures (setUpClass/tearDownClass, setUpModule/tearDownModule) when the
# class or module of consecutive tests changes; a failing setUpClass is reported as an error
# named "setUpClass (module.Class)" and the class's tests are not run.
import sys

from . import case
from .util import strclass

__unittest = True


class _ErrorHolder:
    """Stands in for a test when a fixture fails outside any test."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_suite(test):
    try:
        iter(test)
    except TypeError:
        return False
    return True


class BaseTestSuite:
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures."""

    def run(self, result, debug=False):
        top_level = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_suite(test):
                test.run(result)
                continue
            self._tearDownPreviousClass(test, result)
            self._handleModuleFixture(test, result)
            self._handleClassSetUp(test, result)
            result._previousTestClass = test.__class__
            if (getattr(test.__class__, '_classSetupFailed', False) or
                    getattr(result, '_moduleSetUpFailed', False)):
                continue
            test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        setUpClass = getattr(current, 'setUpClass', None)
        doClassCleanups = getattr(current, 'doClassCleanups', None)
        if setUpClass is not None:
            try:
                setUpClass()
            except Exception as e:
                current._classSetupFailed = True
                self._createClassOrModuleLevelException(
                    result, e, 'setUpClass', strclass(current))
                if doClassCleanups is not None:
                    doClassCleanups()
                    for exc_info in getattr(current, 'tearDown_exceptions', []):
                        self._createClassOrModuleLevelException(
                            result, exc_info[1], 'setUpClass', strclass(current), info=exc_info)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is not None:
            return previous.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', current_module)
            if result._moduleSetUpFailed:
                self._moduleCleanups(result, current_module)

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        error_name = '%s (%s)' % (method_name, parent)
        error = _ErrorHolder(error_name)
        if isinstance(exc, case.SkipTest):
            result.addSkip(error, str(exc))
        else:
            if info is None:
                info = (type(exc), exc, exc.__traceback__)
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None:
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', previous_module)
        self._moduleCleanups(result, previous_module)

    def _moduleCleanups(self, result, module_name):
        """unittest.addModuleCleanup/enterModuleContext callbacks, after tearDownModule (or a
        failed setUpModule), as CPython's doModuleCleanups; an error is the module's."""
        from . import doModuleCleanups
        try:
            doModuleCleanups()
        except Exception as e:
            self._createClassOrModuleLevelException(result, e, 'tearDownModule', module_name)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__ if test is not None else None
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previous, 'tearDownClass', None)
        doClassCleanups = getattr(previous, 'doClassCleanups', None)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                self._createClassOrModuleLevelException(result, e, 'tearDownClass', strclass(previous))
        if doClassCleanups is not None:
            doClassCleanups()
            for exc_info in getattr(previous, 'tearDown_exceptions', []):
                self._createClassOrModuleLevelException(
                    result, exc_info[1], 'tearDownClass', strclass(previous), info=exc_info)
