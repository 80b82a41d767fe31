"""importlib.machinery for pystm: the file suffix tables, ModuleSpec, a loader for source files,
the built-in importer and path finders, as objects for code that loads or inspects modules by
hand (importlib.util, pkgutil, inspect). The VM's import system (vm/runtime/importer.ts) does
not consult them: sys.meta_path and sys.path_hooks are empty.
Written for pystm.
"""

import sys

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every suffix of a module file the import system recognises."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-system-related state of a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py') and sys.implementation.cache_tag is not None:
                import importlib.util
                self._cached = importlib.util.cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent package."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a .py file: compiles its source and runs it in the module's dict."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
        return name

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def is_package(self, fullname):
        import os
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def get_source(self, fullname):
        import importlib.util
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return importlib.util.decode_source(source_bytes)

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        """Deprecated API: imports the module into sys.modules and returns it."""
        import importlib.util
        fullname = self._check_name(fullname)
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = sys.modules.get(fullname)
        if module is None:
            module = importlib.util.module_from_spec(spec)
            sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class BuiltinImporter:
    """The importer of modules built into the VM (written in TypeScript)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


FrozenImporter = BuiltinImporter


class FileFinder:
    """Finds modules in one directory: name.py or name/__init__.py."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import importlib.util
        return importlib.util._find_spec_on_path(fullname, [self.path])

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    @classmethod
    def path_hook(cls, *loader_details):
        """A sys.path_hooks entry: a FileFinder for a directory, ImportError for anything else."""
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path or '.'):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """Finds modules on sys.path or a package's __path__."""

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        return importlib.util._find_spec_on_path(fullname, sys.path if path is None else path)


# pkgutil and others find a directory's modules through sys.path_hooks; the VM's own imports
# do not use the hooks, so this one only serves them.
if not sys.path_hooks:
    sys.path_hooks.append(FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES)))
