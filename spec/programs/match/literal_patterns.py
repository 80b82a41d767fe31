# Literal patterns: numbers (incl. negative and complex), strings, bytes, None/True/False by identity.
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case _:
            return "other " + repr(v)

for v in [None, True, False, 0, 0.0, 1, -1, 2.5, 1 + 2j, "hi", "hello", b"raw", "raw", 1.0]:
    print(repr(v), "->", kind(v))
