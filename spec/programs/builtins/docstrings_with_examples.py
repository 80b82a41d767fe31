# The builtins whose CPython docstrings hold doctest examples have those docstrings (test_builtin
# runs doctest over the builtins module); checks the examples' outputs too.
print(bin.__doc__)
print(int.bit_length.__doc__)
print((13).bit_count.__doc__ == int.bit_count.__doc__)
print(float.fromhex.__doc__)
print(zip.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[-2:])
for obj in (hex, oct, bytes.hex, bytearray.hex, memoryview.hex, float.hex, float.as_integer_ratio,
            int.as_integer_ratio):
    doc = obj.__doc__
    print(obj.__qualname__, doc.count('>>>'), doc.splitlines()[0])
print(hex(12648430), oct(342391), float.fromhex('-0x1p-1074'), (-0.1).hex(), bytes.fromhex('b901ef').hex(':', -2))
