# Argument errors are reported when a generator function is called, not when iterated.
def gen(a, b):
    yield a
    yield b
try:
    gen(1)
except TypeError as e:
    print(e)
print(list(gen(1, 2)), gen.__name__, type(gen(1, 2)).__name__)
