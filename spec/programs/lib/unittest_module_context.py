# unittest.enterModuleContext and addModuleCleanup: the context exits with the module's cleanups,
# after tearDownModule (Python 3.11), and a test method named test_case is just a test.
import unittest, contextlib
log = []
@contextlib.contextmanager
def cm():
    log.append('enter'); yield 5; log.append('exit')
def setUpModule():
    log.append(unittest.enterModuleContext(cm()))
    unittest.addModuleCleanup(log.append, 'cleanup')
def tearDownModule():
    log.append('teardown')
class T(unittest.TestCase):
    def test_case(self):
        self.assertTrue(True)
    def test_a(self):
        self.assertEqual(log, ['enter', 5])
if __name__ == '__main__':
    unittest.main(exit=False, verbosity=0)
    print(log)
