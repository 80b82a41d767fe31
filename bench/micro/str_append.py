# bench/micro/str_append.py N [kind]: N appends of a 10-char piece with `s += piece`, timed with
# process_time around the loop only; prints "<cpu seconds> <len> <checksum>". kind: local (default),
# global, attr. Driven by bench/micro/str_append.mjs (pystm vs python3).
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
kind = sys.argv[2] if len(sys.argv) > 2 else 'local'
piece = 'abcdefghij'
G = ''

class Box:
    s = ''

def run_local():
    s = ''
    for i in range(n):
        s += piece
    return s

def run_global():
    global G
    for i in range(n):
        G += piece
    return G

def run_attr():
    b = Box()
    for i in range(n):
        b.s += piece
    return b.s

f = {'local': run_local, 'global': run_global, 'attr': run_attr}[kind]
t = time.process_time()
s = f()
t = time.process_time() - t
print('%.6f %d %d' % (t, len(s), hash(s) == hash(piece * n)))
