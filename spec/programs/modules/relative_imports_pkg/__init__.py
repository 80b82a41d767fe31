# Helper package for relative_imports.py: re-exports from submodules with relative imports.
from .shapes import Square, area_of
from . import util
VERSION = "1.0"
print("package", __name__, "initialised")
