# _compat_pickle maps Python 2's multiprocessing.<Error> to Python 3's multiprocessing.context and
# back (test_pickle's CompatPickleTests.test_multiprocessing_exceptions).
import _compat_pickle as cp

for name in cp.MULTIPROCESSING_EXCEPTIONS:
    print(name, cp.NAME_MAPPING[('multiprocessing', name)], cp.REVERSE_NAME_MAPPING[('multiprocessing.context', name)])
