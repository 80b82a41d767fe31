# Runs a check script under CPython with pystm's own lib/ modules in place of the stdlib ones.
# Usage: PYTHONHASHSEED=0 python3 -S -s -P spec/tools/lib_under_cpython.py MODULE CHECK_SCRIPT
# Every module that lib/ provides is dropped from sys.modules (under -S only `abc` is
# preloaded), a finder at the front of sys.meta_path serves lib/'s files for those names (a
# plain sys.path entry is not enough: itertools is built into CPython), MODULE is imported and must come from lib/; after the
# script ran, every lib-provided module that got imported must also have come from lib/.
# The script runs as __main__, so its output can be compared byte for byte with a run of the
# same script under the real stdlib (python3 -S -s -P CHECK_SCRIPT, same PYTHONHASHSEED).
import sys
import os
import importlib.machinery

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'lib'))


def lib_module_names():
    names = []
    for entry in os.listdir(LIB):
        full = os.path.join(LIB, entry)
        if entry.endswith('.py'):
            names.append(entry[:-3])
        elif os.path.isfile(os.path.join(full, '__init__.py')):
            names.append(entry)
            for sub in os.listdir(full):
                if sub.endswith('.py') and sub != '__init__.py':
                    names.append(entry + '.' + sub[:-3])
    return names


def from_lib(module):
    f = getattr(module, '__file__', None)
    return f is not None and os.path.abspath(f).startswith(LIB + os.sep)


def check_origins(names):
    bad = []
    for name in names:
        m = sys.modules.get(name)
        if m is not None and not from_lib(m):
            bad.append('%s from %s' % (name, getattr(m, '__file__', '<built-in>')))
    if bad:
        sys.stderr.write('lib_under_cpython: not from lib/: ' + ', '.join(bad) + '\n')
        sys.exit(3)


class LibFinder:
    # Finds the modules that lib/ provides in lib/ before any other finder, built-ins included.
    def __init__(self, names):
        self.names = set(names)

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.names:
            return None
        if '.' in fullname:
            search = [os.path.join(LIB, *fullname.split('.')[:-1])]
        else:
            search = [LIB]
        return importlib.machinery.PathFinder.find_spec(fullname, search)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: lib_under_cpython.py MODULE CHECK_SCRIPT\n')
        sys.exit(2)
    module_name, script = sys.argv[1], sys.argv[2]
    names = lib_module_names()
    for name in list(sys.modules):
        if name in names or name.split('.')[0] in names:
            del sys.modules[name]
    sys.path.insert(0, LIB)
    sys.meta_path.insert(0, LibFinder(names))
    module = __import__(module_name, fromlist=['_'])
    if not from_lib(module):
        sys.stderr.write('lib_under_cpython: %s came from %s\n' % (module_name, module.__file__))
        sys.exit(3)
    with open(script, encoding='utf-8') as fh:
        source = fh.read()
    code = compile(source, script, 'exec')
    sys.argv = [script]
    main_globals = {'__name__': '__main__', '__file__': script, '__builtins__': __builtins__}
    try:
        exec(code, main_globals)
    finally:
        sys.stdout.flush()
        check_origins(names)


main()
