"""CPython's side of the stdlib AST comparison (spec/unit/stdlib_ast.test.ts).

Reads paths on stdin. Default mode: one JSON line per file, [path, sha1 of
ast.dump(ast.parse(source), include_attributes=True)] or [path, null] when CPython cannot parse
it. With --full: [path, the dump itself], for showing where a mismatch starts. With
--type-comments: parsed with type_comments=True, and a file that parses only without them gives
"SyntaxError <msg> <lineno> <offset>" in place of the dump.
"""
import ast
import hashlib
import json
import sys
import warnings

full = "--full" in sys.argv
type_comments = "--type-comments" in sys.argv
warnings.simplefilter("ignore")
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            src = f.read()
        try:
            text = ast.dump(ast.parse(src, path, type_comments=type_comments), include_attributes=True)
        except SyntaxError as e:
            if not type_comments:
                raise
            ast.parse(src, path)  # a file CPython cannot parse at all is skipped
            text = f"SyntaxError {e.msg} {e.lineno} {e.offset}"
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        print(json.dumps([path, None]))
        continue
    print(json.dumps([path, text if full else hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()]))
