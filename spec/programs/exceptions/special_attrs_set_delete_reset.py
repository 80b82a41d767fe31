# __cause__/__context__/__traceback__ are type-checked on assignment and cannot be deleted;
# calling __init__ again resets the keyword attributes (name, path, obj) it is not given.
e = Exception()
e.__cause__ = ValueError()
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = KeyError()
print(repr(e.__context__))
for f in (lambda: setattr(e, '__cause__', 1), lambda: delattr(e, '__cause__'), lambda: setattr(e, '__context__', 1), lambda: delattr(e, '__context__'), lambda: setattr(e, '__traceback__', 1), lambda: delattr(e, '__traceback__')):
    try: f(); print('ok')
    except TypeError as x: print('TypeError', x)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
exc = ImportError('test', name='name', path='path')
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
a = AttributeError('x', name='n', obj=1)
a.__init__('y')
print(a.name, a.obj)
n = NameError('x', name='n')
n.__init__()
print(n.name)
