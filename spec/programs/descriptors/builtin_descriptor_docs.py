# Docs of builtin descriptors that CPython's test_descr checks: a member descriptor
# (complex.real/imag) and FileIO.closed's getset doc.
import io
import _io

print(complex.real.__doc__)
print(complex.imag.__doc__)
print(type(complex.real).__name__)
print(_io.FileIO.closed.__doc__)
