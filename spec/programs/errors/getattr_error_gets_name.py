# An AttributeError raised by __getattr__ (or a property) gets .name and .obj from the lookup,
# so the traceback can suggest a name; one that already names them keeps its own.
import io
import sys

class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()

class B:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError("Error", 23)

class C:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError(attr, name="other", obj=None)

for cls in (A, B, C):
    try:
        cls().bluch
    except AttributeError as exc:
        print(cls.__name__, exc.name, type(exc.obj).__name__)
        old = sys.stderr
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        text = sys.stderr.getvalue()
        sys.stderr = old
        print(text.splitlines()[-1])
try:
    getattr(A(), "blch")
except AttributeError as exc:
    print(exc.name, exc.obj.__class__.__name__)
