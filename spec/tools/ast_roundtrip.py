"""For each file named on stdin (one path per line), print what the `ast` module makes of it:
ast.dump with positions, ast.unparse, and whether the unparsed source parses back to the same
tree. Run under python3 and under pystm by spec/unit/ast_unparse.test.ts, which compares the
two outputs (our lib/ast.py and the compiler behind it against CPython's)."""
import ast
import sys

for path in sys.stdin.read().split():
    with open(path, 'rb') as f:
        source = f.read()
    print('=====', path)
    try:
        tree = ast.parse(source, path)
        text = ast.unparse(tree)
        print(ast.dump(tree, include_attributes=True))
        print(text)
        print('round trip:', ast.dump(ast.parse(text)) == ast.dump(tree))
    except Exception as e:
        print('error:', type(e).__name__, e)
