# Source in a codec the VM's registry knows and the host's TextDecoder does not (cp437): a main
# script (run by sys.executable: vm/cli/main.ts boots first for it), compile() of bytes and an
# imported module decode as CPython's (compiler/source.ts RegistryDecoder).
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # (under CPython: no __pycache__ in the directory removed below)

d = '/tmp/pystm_golden_cp437_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
main = os.path.join(d, 'cp437main.py')
with open(main, 'w', encoding='cp437') as f:
    f.write('# -*- coding: cp437 -*-\ns = "┬ó┬ó╔═╗ café"\nprint(ascii(s), len(s))\n')
r = subprocess.run([sys.executable, main], capture_output=True)
print(r.returncode, r.stdout.decode().strip())
bad = os.path.join(d, 'cp437bad.py')
with open(bad, 'w', encoding='cp437') as f:
    f.write('# -*- coding: cp437 -*-\n"┬ó┬ó┬ó" + f(4, x for x in range(1))\n')
r = subprocess.run([sys.executable, bad], capture_output=True)
print(r.returncode, r.stderr.decode('utf-8').splitlines()[-3:])

code = '# -*- coding: cp437 -*-\nx = "╔═╗ é"\n'.encode('cp437')
ns = {}
exec(compile(code, '<cp437>', 'exec'), ns)
print(ascii(ns['x']))
try:
    compile('# -*- coding: cp437 -*-\n"┬ó" + f(4, x for x in range(1))\n'.encode('cp437'), '<bad>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, ascii(e.text))
try:
    compile(b'# -*- coding: no-such-codec -*-\nx = 1\n', '<nocodec>', 'exec')
except SyntaxError as e:
    print(e.msg)
with open(os.path.join(d, 'cp437mod.py'), 'w', encoding='cp437') as f:
    f.write('# -*- coding: cp437 -*-\nvalue = "═══ ó"\n')
sys.path.insert(0, d)
import cp437mod
print(ascii(cp437mod.value))
for name in ('cp437mod.py', 'cp437main.py', 'cp437bad.py'):
    os.remove(os.path.join(d, name))
os.rmdir(d)
