"""importlib.util for pystm: module specs and a source loader, so that the common ways of loading
a module by hand work (spec_from_file_location + module_from_spec + spec.loader.exec_module,
find_spec, resolve_name, decode_source) and modules that import importlib.util at their top
(zipfile, pkgutil) load. The VM's import system (vm/runtime/importer.ts) does not go through
these objects: sys.meta_path is empty and modules it imports have __spec__ None; find_spec
searches sys.path the same way the VM does (name.py, then name/__init__.py) and reports native
modules as built-in. sys.implementation.cache_tag is 'pystm-311', so cache_from_source and
source_from_cache name PEP 3147 paths as CPython's do (pystm itself never writes a .pyc:
sys.dont_write_bytecode is True).
Written for pystm.
"""

import sys
from importlib.machinery import (BYTECODE_SUFFIXES, SOURCE_SUFFIXES, BuiltinImporter, ModuleSpec,
                                 SourceFileLoader)

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'module_from_spec',
           'resolve_name', 'source_from_cache', 'spec_from_file_location', 'spec_from_loader']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """Resolves a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def decode_source(source_bytes):
    """Decodes bytes of Python source with its coding cookie (PEP 263) and universal newlines."""
    import io
    return io.IncrementalNewlineDecoder(None, True).decode(source_bytes.decode(_source_encoding(source_bytes)))


def _source_encoding(source_bytes):
    """tokenize.detect_encoding's answer: a UTF-8 BOM, else a coding cookie on one of the first
    two lines (the second only after a blank or comment line), else utf-8."""
    import codecs
    import re
    if source_bytes.startswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    cookie = re.compile(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
    for line in source_bytes.splitlines()[:2]:
        m = cookie.match(line)
        if m:
            name = m.group(1).decode('ascii')
            codecs.lookup(name)
            return name
        if not re.match(rb'^[ \t\f]*(?:[#\r\n]|$)', line):
            break
    return 'utf-8'


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the bytecode file of a source file (PEP 3147)."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    import os
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    almost = ''.join([(base if base else rest), '.', tag])
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    if optimization is None:
        optimization = sys.flags.optimize
        if optimization == 0:
            optimization = ''
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    return os.path.join(head, '__pycache__', almost + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """The source path of a PEP 3147 bytecode path."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    import os
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError("optimization portion of filename does not start with 'opt-'")
        if not optimization[4:].isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + SOURCE_SUFFIXES[0])


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a loader: its origin from the loader's filename when it has one."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        try:
            location = loader.get_filename(name)
        except ImportError:
            location = None
        if location is not None:
            return spec_from_file_location(name, location, loader=loader)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for a file: a SourceFileLoader for .py files; None for other suffixes."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        import os
        location = os.fspath(location)
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = False
            if is_package:
                spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            import os
            spec.submodule_search_locations.append(os.path.dirname(location))
    return spec


def module_from_spec(spec):
    """A new module for a spec, with __name__, __loader__, __package__, __spec__, __path__ and
    __file__ set from it (the loader's create_module may supply the module)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def _find_spec_on_path(name, path):
    import os
    tail = name.rpartition('.')[2]
    for entry in path:
        entry = entry or '.'
        pkg_init = os.path.join(entry, tail, '__init__.py')
        if os.path.isfile(pkg_init):
            spec = spec_from_file_location(name, pkg_init,
                                           submodule_search_locations=[os.path.join(entry, tail)])
            return spec
        source = os.path.join(entry, tail + '.py')
        if os.path.isfile(source):
            return spec_from_file_location(name, source)
    return None


def find_spec(name, package=None):
    """The spec of a module: from sys.modules when it is there (its __spec__, or one made from
    its __file__), else found on sys.path or its parent package's __path__; None when none is."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{fullname}.__spec__ is not set') from None
        if spec is None:
            spec = _spec_of_loaded(fullname, module)
            if spec is None:
                raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent_name!r} while trying to find '
                f'{fullname!r}', name=fullname) from e
        return _find_spec_on_path(fullname, parent_path)
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    return _find_spec_on_path(fullname, sys.path)


def _spec_of_loaded(name, module):
    """A spec for a module the VM imported (its __spec__ is None)."""
    filename = getattr(module, '__file__', None)
    if filename is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    path = getattr(module, '__path__', None)
    if path is not None:
        return spec_from_file_location(name, filename, submodule_search_locations=list(path))
    return spec_from_file_location(name, filename)
