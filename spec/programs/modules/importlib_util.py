# importlib.util and importlib.machinery: loading a module by hand from its file
# (spec_from_file_location, module_from_spec, exec_module, load_module), find_spec on sys.path
# and in a package, resolve_name, decode_source, specs' reprs and parents.
import importlib.util, importlib.machinery, sys, os
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, 'relative_imports_pkg', 'util.py')
spec = importlib.util.spec_from_file_location('by_hand', path)
print(type(spec).__name__, spec.name, os.path.basename(spec.origin), repr(spec.parent), spec.has_location, spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
sys.modules['by_hand'] = mod
spec.loader.exec_module(mod)
print(mod.shout('x'), mod.__spec__ is spec, os.path.basename(mod.__file__), repr(mod.__package__), type(mod.__loader__).__name__)
import by_hand
print(by_hand is mod, 'by_hand' in sys.modules)
print(importlib.util.find_spec('nosuch_module_x'))
s = importlib.util.find_spec('relative_imports_pkg')
print(s.name, os.path.basename(s.origin), [os.path.basename(p) for p in s.submodule_search_locations], s.parent)
s2 = importlib.util.find_spec('relative_imports_pkg.util')
print(s2.name, os.path.basename(s2.origin), s2.parent, s2.submodule_search_locations)
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('math').name)
print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.resolve_name('..x', 'a.b.c'), importlib.util.resolve_name('abs', None))
for args in [('.x', None), ('...x', 'a.b')]:
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print('ImportError:', e)
print(repr(importlib.util.decode_source(b'# -*- coding: latin-1 -*-\nx = "\xe9"\r\ny = 2\r\n')))
print(importlib.util.spec_from_file_location('z', '/tmp/z.txt'))
print(importlib.util.MAGIC_NUMBER)
loader = importlib.machinery.SourceFileLoader('by_loader', path)
m2 = loader.load_module()
print(m2.shout('y'), m2.__name__, 'by_loader' in sys.modules, loader.is_package('by_loader'), loader.get_filename() == path)
try:
    loader.load_module('other')
except ImportError as e:
    print('ImportError:', e)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.ModuleSpec('a.b', None), importlib.machinery.ModuleSpec('a', None, is_package=True).parent)
print(importlib.machinery.ModuleSpec('a', None) == importlib.machinery.ModuleSpec('a', None))
