# contextlib.chdir changes the working directory for a with-block and restores it afterwards,
# also when the block raises; one object can be entered again while it is active (reentrant).
import os
from contextlib import chdir

start = os.getcwd()
root = os.path.dirname(os.path.abspath(__file__))
a = os.path.realpath(os.path.join(root, '..'))
b = os.path.realpath(root)
ca, cb = chdir(a), chdir(b)
with ca:
    print(os.getcwd() == a)
    with cb:
        print(os.getcwd() == b)
        with ca:
            print(os.getcwd() == a)
        print(os.getcwd() == b)
    print(os.getcwd() == a)
print(os.getcwd() == start)
try:
    with chdir(a):
        raise RuntimeError('boom')
except RuntimeError as e:
    print(e, os.getcwd() == start)
