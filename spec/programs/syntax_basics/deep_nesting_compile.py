# Sources nested too deeply: CPython's "too many nested parentheses" (200 levels) and the
# compiler's RecursionError, also for chains its optimizer would fold to one constant. (CPython's
# parser gives up on 100,000 unary minus signs with a MemoryError, pystm's with this RecursionError.)
def attempt(name, src, mode="eval"):
    try:
        compile(src, "s", mode)
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError", e)
    except SyntaxError as e:
        print(name, "SyntaxError", e)


attempt("parens 199", "(" * 199 + "1" + ")" * 199)
attempt("parens 200", "(" * 200 + ")" * 200)
attempt("parens 201", "(" * 201 + ")" * 201)
attempt("brackets 5000", "[" * 5000 + "]" * 5000)
attempt("dict 1000", "{1:" * 1000 + "1" + "}" * 1000)
attempt("plus chain", "a" + " + a" * 20000)
attempt("constant plus chain", "1" + "+1" * 20000)
attempt("attribute chain", "a" + ".b" * 20000)
attempt("call chain", "a" + "()" * 20000)
attempt("subscript chain", "a" + "[0]" * 20000)
attempt("and chain", "a" + " and a" * 20000)
attempt("comparison chain", "a" + " < a" * 20000)
attempt("string concat", '"a" ' * 20000)
attempt("lambda 1000", "lambda: " * 1000 + "1")
attempt("nested if", "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n", "exec")
print(eval("(" * 150 + "7" + ")" * 150))
