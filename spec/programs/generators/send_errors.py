# send() to a just-started generator must be None; throw() forms; exhausted generators.
def echo():
    while True:
        x = yield
        print("echo", x)

e = echo()
try:
    e.send(1)
except TypeError as err:
    print("TypeError:", err)
e.send(None)
e.send("a")
e.send("b")

def short():
    yield 1

s = short()
print(next(s))
try:
    s.send(5)
except StopIteration as st:
    print("StopIteration", st.value)
try:
    s.send(5)
except StopIteration:
    print("still StopIteration")

def catcher():
    try:
        yield
    except Exception as ex:
        yield type(ex).__name__ + ":" + str(ex)

c = catcher(); next(c)
print(c.throw(IndexError("bad index")))
c = catcher(); next(c)
print(c.throw(KeyError))
try:
    short().throw(ValueError("fresh"))
except ValueError as ex:
    print("fresh generator raised", ex)
