# unittest: pystm's own implementation of the unittest framework (not CPython's code): TestCase
# with the common assertions, subTest, skips and expected failures; TestSuite with class and
# module fixtures; TestLoader; TextTestRunner with CPython-like output and an optional
# machine-readable "PYSTM-RESULT {...}" summary line; unittest.main(). mock is not provided.
__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .main import main, TestProgram
from .runner import TextTestRunner, TextTestResult

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters a context manager for the whole module; its __exit__ runs with the module's
    cleanups (after tearDownModule)."""
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    addModuleCleanup(exit, cm, None, None, None)
    return result


def doModuleCleanups():
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


def installHandler():
    pass


def removeHandler(method=None):
    return method


def registerResult(result):
    pass


def removeResult(result):
    return True


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError('pystm unittest: IsolatedAsyncioTestCase needs asyncio')
    raise AttributeError("module 'unittest' has no attribute %r" % (name,))
