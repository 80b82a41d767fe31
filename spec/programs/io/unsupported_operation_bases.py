# io.UnsupportedOperation is (OSError, ValueError) as CPython's, caught by either; it is io's, not a
# name in builtins (pickle's protocol 0-2 mapping of builtin exceptions relies on that).
import io
try:
    io.BytesIO(b'').fileno()
except ValueError as e:
    print('ValueError caught', type(e).__name__)
try:
    open('/dev/null', 'rb').write(b'x')
except ValueError as e:
    print('ValueError caught', type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__bases__)
import builtins; print(hasattr(builtins, 'UnsupportedOperation'), io.UnsupportedOperation.__module__)
