# Builtin functions and methods expose __name__, __qualname__, __self__ and __module__.
print(len.__name__, len.__qualname__, len.__module__)
print([].append.__name__, [].append.__qualname__, [].append.__module__)
print(list.append.__qualname__, dict.fromkeys.__qualname__, str.join.__name__)
s = [1]
print(s.append.__self__ is s, dict.fromkeys.__self__ is dict)
def show(f): return f"{f.__qualname__}()"
print(show(sorted), show("".upper), show(int.from_bytes))
