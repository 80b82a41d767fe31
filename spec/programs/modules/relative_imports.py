# A package beside the program: absolute import of the package, relative imports inside it.
import relative_imports_pkg as pkg
from relative_imports_pkg.shapes.square import Square
from relative_imports_pkg import util, VERSION
import relative_imports_pkg.shapes

print(VERSION, pkg.area_of(pkg.Square(3)))
print(Square is pkg.Square, Square(2).label())
print(util.shout("hi"), pkg.util is util)
print(relative_imports_pkg.shapes.__name__, pkg.shapes.square.__name__)
print(pkg.__package__, pkg.shapes.__package__, pkg.util.__package__)
import relative_imports_pkg
print("second import runs nothing")
