# input() with a lost sys.stdin/stdout/stderr is a RuntimeError naming it; EOF is EOFError
import sys, io
saved = sys.stdin, sys.stdout, sys.stderr
sys.stdin = io.StringIO("first line\n  second\n")
print(repr(input()), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input(1, 2)
except TypeError as e:
    print('TypeError', e)
results = []
for name in ('stdout', 'stdin', 'stderr'):
    setattr(sys, name, None)
    try:
        input('prompt')
    except RuntimeError as e:
        results.append(str(e))
    sys.stdin, sys.stdout, sys.stderr = saved
    sys.stdin = io.StringIO("x\n")
del sys.stdout
try:
    input('prompt')
except RuntimeError as e:
    results.append(str(e))
sys.stdin, sys.stdout, sys.stderr = saved
print(results)
