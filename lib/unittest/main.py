# unittest.main: the command-line entry point `unittest.main()` (TestProgram). Options:
# -v/--verbose, -q/--quiet, -f/--failfast, -k PATTERN, --summary (print the PYSTM-RESULT line),
# then test names relative to the module. Exits with status 0 when the run was successful.
import sys

from . import loader, runner

__unittest = True


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False, summary=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.verbosity = verbosity
        self.buffer = buffer
        self.warnings = warnings
        self.tb_locals = tb_locals
        self.summary = summary
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else 'python -m unittest'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        i = 0
        while i < len(args):
            a = args[i]
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif a == '--summary':
                self.summary = True
            elif a == '-k':
                i += 1
                patterns.append(args[i])
            elif a.startswith('-k'):
                patterns.append(a[2:])
            elif a in ('-h', '--help'):
                print("usage: %s [-v] [-q] [-f] [-k PATTERN] [--summary] [tests ...]" % self.progName)
                sys.exit(0)
            else:
                names.append(a)
            i += 1
        if patterns:
            self.testLoader.testNamePatterns = [p if '*' in p else '*%s*' % p for p in patterns]
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = runner.TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                    buffer=self.buffer, warnings=self.warnings,
                                    tb_locals=self.tb_locals, summary=self.summary)
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
