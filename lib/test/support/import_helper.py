# test.support.import_helper: import_module (skips the test when the module is missing),
# import_fresh_module (a new copy of a module, with some modules blocked), CleanImport and
# DirsOnSysPath.
import sys
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    try:
        __import__(name)
    except ImportError as msg:
        if sys.platform.startswith(tuple(required_on)):
            raise
        raise unittest.SkipTest(str(msg))
    return sys.modules[name]


def _save_and_remove_modules(names):
    saved = {}
    for modname in names:
        for key in list(sys.modules):
            if key == modname or key.startswith(modname + '.'):
                saved[key] = sys.modules.pop(key)
    return saved


def import_fresh_module(name, fresh=(), blocked=(), *, deprecated=False):
    """A freshly imported copy of `name` (None when it cannot be imported); `fresh` modules are
    re-imported first and `blocked` ones made unimportable meanwhile."""
    saved = _save_and_remove_modules([name] + list(fresh) + list(blocked))
    try:
        for modname in blocked:
            sys.modules[modname] = None
        try:
            for modname in fresh:
                __import__(modname)
            __import__(name)
            return sys.modules[name]
        except ImportError:
            return None
    finally:
        _save_and_remove_modules([name] + list(fresh) + list(blocked))
        sys.modules.update(saved)


def unload(name):
    try:
        del sys.modules[name]
    except KeyError:
        pass


def forget(modname):
    unload(modname)


class CleanImport:
    def __init__(self, *module_names, usefrozen=False):
        self.original_modules = sys.modules.copy()
        for module_name in module_names:
            if module_name in sys.modules:
                del sys.modules[module_name]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.modules.update(self.original_modules)


class DirsOnSysPath:
    def __init__(self, *paths):
        self.original_value = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.path = self.original_object
        sys.path[:] = self.original_value
