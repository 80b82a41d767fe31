"""For each JSON-encoded source on stdin (one per line), print one JSON line: null when
compile(src, 'x.py', 'exec') succeeds, else [kind, msg, lineno, offset] of the SyntaxError."""
import json
import sys
import warnings

warnings.simplefilter("ignore")
for line in sys.stdin:
    src = json.loads(line)
    try:
        compile(src, "x.py", "exec")
        print("null")
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset]))
