# A module's repr: 'from' its file, '(built-in)' for native modules (by the name they are
# registered under: _io's __name__ is 'io'), plain for ModuleType(name); types.CellType.
import sys, types, _io, builtins
print(sys, _io, builtins, types.ModuleType('q'), types.ModuleType('m', 'doc').__doc__)
m = types.ModuleType('withloader'); m.__loader__ = 'L'; print(m)
print(repr(types.CellType()).split(' at ')[0], types.CellType(3).cell_contents, types.CellType([1]).cell_contents)
try: types.CellType(contents=1)
except TypeError as e: print(e)
try: types.CellType(1, 2)
except TypeError as e: print(e)
try: types.CellType().cell_contents
except ValueError as e: print(e)
