# open()/os calls reject a path with a NUL ('embedded null byte', os.path.exists is False);
# compile/exec/eval read any buffer as source bytes; bool(NotImplemented) warns (DeprecationWarning).
import warnings, os
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented: pass
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
for f in [lambda: open('a\x00b'), lambda: os.stat('a\x00b'), lambda: os.listdir('a\x00'), lambda: os.mkdir('x\x00')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(os.path.exists('a\x00b'), os.path.isfile('\x00'))
for src in [bytearray(b'x=1'), memoryview(b'y=2')]:
    print(compile(src, 'n', 'exec').co_names)
exec(bytearray(b'z=3')); print(z, eval(memoryview(b'z+1')))
try: compile(5, 'n', 'exec')
except TypeError as e: print(e)
