# io.StringIO's state (__getstate__/__setstate__: value, newline, position, the instance's own attributes) and copy/deepcopy through it; the in-memory classes are _io's, as CPython's C classes
import copy
import io
s = io.StringIO('abc\r\n', newline=None)
s.read(2)
s.x = 1
st = s.__getstate__()
print(st)
t = io.StringIO()
t.__setstate__(st)
print(repr(t.getvalue()), t.tell(), t.x, repr(t.read()))
for bad in [('a',), ('a', None, -1, None), ('a', None, 0, 5), ('a', None, 'x', None)]:
    try:
        io.StringIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
c = copy.copy(io.StringIO('hello'))
print(repr(c.getvalue()), c.tell())
d = copy.deepcopy(s)
print(repr(d.getvalue()), d.tell(), d.x)
print(io.StringIO, io.BytesIO, io.TextIOWrapper, io.IncrementalNewlineDecoder, io.StringIO.__module__)
