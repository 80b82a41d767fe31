# How compile-time warnings are shown: warn_explicit with no registry, so the "default" action
# shows a warning again each time the code is compiled; a replaced showwarning receives them.
import warnings


def showwarning(message, category, filename, lineno, file=None, line=None):
    print('shown:', category.__name__, filename, lineno, message)


warnings.showwarning = showwarning
warnings.simplefilter('default')
for _ in range(2):
    compile('x is 5', 'a.py', 'exec')
warnings.simplefilter('once')
for _ in range(2):
    compile('x is 6', 'b.py', 'exec')
warnings.simplefilter('module')
for _ in range(2):
    compile('x is 7', 'c.py', 'exec')
print(warnings.formatwarning('"is" with a literal', SyntaxWarning, 'd.py', 3), end='')
