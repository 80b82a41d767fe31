# -*- coding: cp437 -*-
# A source file in a codec the VM's registry knows and the host's TextDecoder does not (cp437):
# the main script, compile() of bytes and an imported module decode as CPython's
# (compiler/source.ts RegistryDecoder; vm/cli/main.ts boots first for such a main script).
import os
import sys

s = "Â¢Â¢ÉÍ» caf‚"
print(ascii(s), len(s))
code = '# -*- coding: cp437 -*-\nx = "ÉÍ» ‚"\n'.encode('cp437')
ns = {}
exec(compile(code, '<cp437>', 'exec'), ns)
print(ascii(ns['x']))
try:
    compile('# -*- coding: cp437 -*-\n"Â¢" + f(4, x for x in range(1))\n'.encode('cp437'), '<bad>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, ascii(e.text))
try:
    compile(b'# -*- coding: no-such-codec -*-\nx = 1\n', '<nocodec>', 'exec')
except SyntaxError as e:
    print(e.msg)
d = '/tmp/pystm_golden_cp437_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, 'cp437mod.py'), 'w', encoding='cp437') as f:
    f.write('# -*- coding: cp437 -*-\nvalue = "ÍÍÍ ¢"\n')
sys.path.insert(0, d)
import cp437mod
print(ascii(cp437mod.value))
os.remove(os.path.join(d, 'cp437mod.py'))
os.rmdir(d)
