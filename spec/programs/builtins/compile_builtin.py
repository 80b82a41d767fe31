# compile() in exec/eval/single modes; code objects are reusable; errors carry positions.
c = compile("total = sum(range(n))", "<calc>", "exec")
print(type(c).__name__, c.co_filename)
for n in (3, 5):
    ns = {"n": n}
    exec(c, ns)
    print(ns["total"])
e = compile("a * b", "<e>", "eval")
print(eval(e, {"a": 6, "b": 7}))
s = compile("40 + 2", "<s>", "single")
exec(s)
try:
    compile("def f(:\n  pass", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.filename, err.lineno)
try:
    compile("x = 1", "<m>", "nonsense")
except ValueError as err:
    print("ValueError:", err)
