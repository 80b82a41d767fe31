# breakpoint() calls sys.breakpointhook; the default hook follows $PYTHONBREAKPOINT (PEP 553).
import sys, os
print(sys.breakpointhook is sys.__breakpointhook__)
os.environ['PYTHONBREAKPOINT'] = 'print'
breakpoint(1, 2, sep='-')
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
import warnings
for e in ['.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable']:
    os.environ['PYTHONBREAKPOINT'] = e
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint(), w[0].category.__name__, w[0].message)
sys.breakpointhook = lambda *a, **k: print('hook', a, k)
breakpoint(3, x=4)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
