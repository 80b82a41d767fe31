# Check script for lib/warnings: default filters, warn() output on stderr with the source line
# (first occurrence per location), stacklevel, categories, every filter action, message/module
# regex filters, catch_warnings(record=True), showwarning/formatwarning replacement, errors.
# Output (stdout and stderr) must equal CPython's. Plain Python so it can run under pystm later.
import sys
import warnings


def flush():
    sys.stdout.flush()
    sys.stderr.flush()


def show_filters():
    for f in warnings.filters[:6]:
        action, msg, cat, mod, ln = f
        print('  filter', action, getattr(msg, 'pattern', msg), cat.__name__, getattr(mod, 'pattern', mod), ln)


print('== defaults')
show_filters()
print('defaultaction', warnings.defaultaction)
flush()


def emit(msg, category=None, stacklevel=1):
    warnings.warn(msg, category, stacklevel=stacklevel + 1)


print('== default action: once per location')
for i in range(3):
    warnings.warn('repeated warning')
    flush()
warnings.warn('other text')
flush()
warnings.warn('deprecated in main', DeprecationWarning)
flush()
warnings.warn('pending', PendingDeprecationWarning)
flush()
warnings.warn(RuntimeWarning('instance warning'))
flush()
warnings.warn('user', UserWarning)
flush()
warnings.warn('bytes', BytesWarning)
flush()


def deep():
    emit('from deep, level 1')
    flush()
    emit('from deep, level 2', stacklevel=2)
    flush()


deep()
deep()
warnings.warn('level far too deep', stacklevel=50)
flush()

print('== errors in warn')
for bad in [int, 'str', None]:
    try:
        warnings.warn('x', bad) if bad is not None else None
        print('  ok for', bad)
    except TypeError as e:
        print('  TypeError', e)

print('== catch_warnings record')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded one')
    warnings.warn('recorded two', DeprecationWarning)
    warnings.warn('recorded one')
    emit('recorded via helper')
print('count', len(w))
for m in w:
    print('  ', type(m.message).__name__, str(m.message), m.category.__name__, m.filename, m.lineno, m.line, m.file)
print('  str', str(w[0]).replace(repr(w[0].message), 'MSG'))
print('filters restored', len(warnings.filters))

print('== actions')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print('ignore', len(w))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('error action raised', type(e).__name__, e)
    try:
        warnings.warn('runtime error', RuntimeWarning)
    except RuntimeWarning as e:
        print('error action raised', type(e).__name__, e)
    try:
        warnings.warn(ValueError and UserWarning('given instance'))
    except UserWarning as e:
        print('error instance raised', e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once text')
    warnings.warn('once text')
    warnings.warn('once other')
print('once', [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('module text')
    warnings.warn('module text')
print('module', [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('default text')
    warnings.warn('default text')
print('default', [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for i in range(3):
        warnings.warn('always text')
print('always', [str(m.message) for m in w])

print('== filterwarnings')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('ignore', message='.*MIDDLE')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.filterwarnings('ignore', module='__ma')
    warnings.filterwarnings('always', module='__main__', category=SyntaxWarning)
    show_filters()
    warnings.warn('skip this')
    warnings.warn('SKIP this too')
    warnings.warn('not skip')
    warnings.warn('has middle inside')
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
    warnings.warn('syntax', SyntaxWarning)
print('filtered', [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print('after reset', warnings.filters)
    warnings.simplefilter('ignore', DeprecationWarning)
    warnings.simplefilter('always', UserWarning, append=True)
    warnings.simplefilter('ignore', DeprecationWarning)
    show_filters()
    warnings.warn('dep', DeprecationWarning)
    warnings.warn('user')
print('append/dedupe', [str(m.message) for m in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', lineno=9999)
    warnings.warn('lineno filter does not match')
print('lineno', len(w))

for args in [('bogus',), ('ignore', 5)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print('filterwarnings bad', e)
try:
    warnings.simplefilter('nope')
except AssertionError as e:
    print('simplefilter bad', e)

print('== catch_warnings misc')
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('twice', e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('exit first', e)
with warnings.catch_warnings(record=True, action='always') as w:
    warnings.warn('action kw')
    warnings.warn('action kw')
print('action kw', len(w))

print('== showwarning / formatwarning')
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12)))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, line='  code here  ')))
print(repr(warnings.formatwarning('msg', UserWarning, __file__, 1)))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
warnings.showwarning('shown', RuntimeWarning, 'f.py', 3, file=out, line='x = 1')
print('showwarning to file', out.parts)

seen = []
old_show = warnings.showwarning


def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno > 0, file, line))


warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom shown')
warnings.showwarning = old_show
print('custom showwarning', seen)

old_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: 'CUSTOM %s %s\n' % (category.__name__, message)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom formatted')
    flush()
warnings.formatwarning = old_format

print('== warn_explicit')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 42)
    warnings.warn_explicit('explicit mod', SyntaxWarning, 'other.py', 7, module='mod')
print('explicit', [(str(m.message), m.filename, m.lineno) for m in w])
reg = {}
warnings.warn_explicit('registry', UserWarning, 'nofile.py', 5, registry=reg)
flush()
warnings.warn_explicit('registry', UserWarning, 'nofile.py', 5, registry=reg)
flush()
print('registry keys', sorted(k if isinstance(k, str) else (k[0], k[1].__name__, k[2]) for k in reg if k != 'version'))
print('done')
