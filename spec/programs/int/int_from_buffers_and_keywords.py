# int(): x is positional-only; bytearray and memoryview are parsed like bytes, and a bad bytes
# literal is shown with the bytes repr.
for f in (lambda: int(x=1.2), lambda: int(x='100', base=2), lambda: int(base=10), lambda: int(base=0), lambda: int('100', base=2),
          lambda: int(bytearray(b'12')), lambda: int(memoryview(b'123')[1:2]), lambda: int(b'123\xbd'), lambda: int(bytearray(b'1_0'), 0),
          lambda: int(memoryview(b'12x')), lambda: int('12', 10, 3)):
    try: print(f())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
