# A complex literal in a pattern is a real part, '+' or '-', and an imaginary part; the
# other shapes are SyntaxErrors with CPython's messages and locations.
cases = ["0j+0", "0j+0j", "{0j+0: _}", "1+1", "-0j-0j", "-1-1j", "1.5+2j", "{-1+2j: _}"]
for pattern in cases:
    src = f"match x:\n    case {pattern}:\n        pass\n"
    try:
        compile(src, "<match>", "exec")
        print(pattern, "compiles")
    except SyntaxError as e:
        print(pattern, "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
