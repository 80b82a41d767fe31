# gen.close() and gen.throw() of a suspended generator under sys.settrace: the frame's
# resumption is a 'call' event, then the 'exception' event, as CPython's TRACE_FUNCTION_THROW_ENTRY.
import sys
def gen():
    try:
        yield True
        "continued"
    finally:
        "finally"
ev = []
def tr(fr, e, a):
    if fr.f_code is gen.__code__: ev.append((fr.f_lineno - gen.__code__.co_firstlineno, e))
    return tr
sys.settrace(tr)
g = gen(); next(g); g.close()
g = gen(); next(g)
try:
    g.throw(KeyError)
except KeyError:
    pass
sys.settrace(None)
print(ev)
