"""For each JSON-encoded source on stdin (one per line), print one JSON line: the warnings of
compile(src, 'x.py', 'exec') as [category, message, lineno] lists, then, compiled again with
the warnings turned into errors, the SyntaxError [msg, lineno, offset, end_lineno, end_offset]
(or null); or ["error", msg] if it does not compile at all."""
import json
import sys
import warnings

for line in sys.stdin:
    src = json.loads(line)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "x.py", "exec")
        except SyntaxError as e:
            print(json.dumps(["error", e.msg]))
            continue
    got = [[x.category.__name__, str(x.message), x.lineno] for x in w]
    err = None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "x.py", "exec")
        except SyntaxError as e:
            err = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    print(json.dumps([got, err]))
