# Runs one spec/lib_checks/<module>_check.py under CPython, either against the REAL stdlib
# modules ("real") or against pystm's own lib/ versions ("ours"), so spec/unit/lib_modules_b
# can compare the two outputs byte for byte.
#   python3 -I -S spec/tools/lib_b_runner.py real|ours path/to/check.py
# In "ours" mode the modules owned by this batch (json, enum, dataclasses, typing, contextlib,
# warnings, linecache) are purged from sys.modules and lib/ goes first on sys.path; modules written
# by the other lib helper (and re, native in pystm) stay CPython's own unless LIB_B_OTHERS=lib. After the check the
# runner verifies (on stderr, exit 3) that every loaded module of this batch really came from lib/.
import sys

OURS = ('json', 'enum', 'dataclasses', 'typing', 'contextlib', 'warnings', 'linecache')
OTHERS = ('abc', 'functools', 'collections', 'collections.abc', 'operator', 'itertools', 'copy',
          'heapq', 'bisect', 'string', 'keyword', 'reprlib')
NATIVE = ('re',)  # native (TypeScript) in pystm; CPython's re would import our enum


def _mine(name):
    return name in OURS or name.split('.')[0] == 'json'


def main():
    mode, script = sys.argv[1], sys.argv[2]
    import os
    lib = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'lib')
    if mode == 'ours':
        for name in NATIVE:
            __import__(name)
        if os.environ.get('LIB_B_OTHERS') != 'lib':
            for name in OTHERS:
                __import__(name)
        for name in list(sys.modules):
            if _mine(name):
                del sys.modules[name]
        sys.path.insert(0, lib)
    sys.argv = [script]
    with open(script) as f:
        src = f.read()
    code = compile(src, script, 'exec')
    g = {'__name__': '__main__', '__file__': script, '__builtins__': __builtins__}
    try:
        exec(code, g)
    finally:
        sys.stdout.flush()
        if mode == 'ours':
            bad = []
            for name, mod in list(sys.modules.items()):
                if _mine(name):
                    f = getattr(mod, '__file__', None) or ''
                    if not f.startswith(lib + '/'):
                        bad.append('%s from %s' % (name, f))
            if bad:
                sys.stderr.write('lib_b_runner: not from lib/: ' + ', '.join(bad) + '\n')
                sys.stderr.flush()
                sys.exit(3)


main()
