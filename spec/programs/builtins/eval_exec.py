# eval/exec with explicit globals and locals, expression results, and definitions made by exec.
g = {"x": 10}
print(eval("x * 2", g))
print(eval("x + y", g, {"y": 5}))
loc = {}
exec("def sq(n):\n    return n * n\nresult = sq(x)", g, loc)
print(loc["result"], sorted(loc), "sq" in g)
exec("z = 42", g)
print(g["z"], "__builtins__" in g)
print(eval("len('abc') + abs(-1)"))
ns = {"__builtins__": {}}
try:
    eval("len('x')", ns)
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
bump(); bump()
print("counter", counter)
print(eval(compile("3 ** 3", "<expr>", "eval")))
print(eval("[i * i for i in range(4)]"))
code = "a = 1\nb = a + 1"
d = {}
exec(code, d)
print(d["a"], d["b"])
