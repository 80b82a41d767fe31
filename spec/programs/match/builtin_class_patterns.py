# Class patterns on builtins match by isinstance and bind the whole subject positionally.
def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if len(s) == 1:
            return f"char {s!r}"
        case str():
            return "str"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case frozenset() | set():
            return f"a set of size {len(v)}"
        case _:
            return type(v).__name__

for v in [True, -3, 7, 1.5, "x", "xyz", [9, 8], [], (1, 2), (1, 2, 3), {"k": 0}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", classify(v))
