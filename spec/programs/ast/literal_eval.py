# ast.literal_eval: literals and displays only; anything else is a ValueError naming the node
import ast

for text in ["42", " -3.5", "\t+7", "1+2j", "-1-2j", "'str'", "b'by'", "[1, (2, 3), {4: 5}]",
             "{1, 2}", "set()", "None", "True", "...", "(1,)", "{'a': [None, False]}",
             "0x10", "1_000", "--1", "1 + 1", "x", "f(1)", "[1, y]", "{**a}", "1j + 1",
             "set([1])", "'a' + 'b'", "(1, 2) + (3,)", "2 ** 3", "1 if 2 else 3"]:
    try:
        print(repr(text), '->', repr(ast.literal_eval(text)))
    except (ValueError, SyntaxError, TypeError) as e:
        message = str(e)
        if ' object at ' in message:
            message = message[:message.index(' object at ')] + '>'
        print(repr(text), '->', type(e).__name__, message)
print(ast.literal_eval(ast.parse("[1, -2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=3)))
