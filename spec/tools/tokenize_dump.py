"""For each path on stdin, print one JSON line [path, text] where text is exactly what
`python3 -m tokenize PATH` prints (None when CPython's tokenize module rejects the file).
One process for the whole stdlib, so the comparison in spec/unit/tokenizer.test.ts is fast."""
import io
import json
import sys
import tokenize

for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            data = f.read()
        lines = []
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            rng = "%d,%d-%d,%d:" % (tok.start + tok.end)
            lines.append("%-20s%-15s%-15r" % (rng, tokenize.tok_name[tok.type], tok.string))
        print(json.dumps([path, "\n".join(lines) + "\n"]))
    except Exception:
        print(json.dumps([path, None]))
