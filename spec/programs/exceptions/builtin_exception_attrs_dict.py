# Instances of builtin exception classes accept arbitrary attributes in their __dict__.
e = ValueError("bad")
e.code = 42
e.hint = "check input"
print(e.code, e.hint, sorted(e.__dict__))
try:
    raise e
except ValueError as caught:
    print(caught.code, caught is e)
k = KeyError("k")
k.extra = [1]
print(k.extra, str(k))
del e.code
print(hasattr(e, "code"))
