"""importlib for pystm: import_module, reload and invalidate_caches on top of the VM's import
system (vm/runtime/importer.ts); there are no loaders, finders or specs to customise.
Written for pystm.
"""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Imports a module by name (relative names need package) and returns it."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for "
                            f"{name!r}")
        for ch in name:
            if ch != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Runs the module's source again in its existing namespace."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module   # a native module: nothing to re-run
    with open(filename, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, filename, 'exec'), module.__dict__)
    return module


def invalidate_caches():
    pass
