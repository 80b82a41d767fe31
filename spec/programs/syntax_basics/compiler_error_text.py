# Errors of the compiler proper (future imports, the symbol table, the code generator): their
# position as CPython's, and their text read from the file the filename names (CPython's
# PyErr_ProgramTextObject), so None for '<s>'; parser errors keep the source line.
import os
for src in ['x=1\nfrom __future__ import division', 'def f():\n    from __future__ import division',
            '"doc"\nfrom __future__ import division\nfrom __future__ import annotations\nx = 1',
            'from __future__ import division; x = 1; from __future__ import annotations',
            'import os\nfrom __future__ import nope', 'from __future__ import braces',
            'if 1:\n    from __future__ import division', 'from . import __future__',
            'from __future__ import (annotations,\n    division)\nprint(1)',
            'def f():\n  continue', 'nonlocal x', 'def f(x, x): pass', 'class C: return 1',
            'x = (1 +', 'def f(:\n  pass']:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
here = os.path.basename(__file__)
for src in ['x = 1\nnonlocal y', 'def f():\n  break']:
    try:
        compile(src, here, 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
