# close() raises GeneratorExit at the paused yield; yielding again is a RuntimeError.
def polite():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")

g = polite()
next(g)
g.close()
g.close()
print("closed twice ok")

def stubborn():
    try:
        yield "x"
    except GeneratorExit:
        print("ignoring")
    yield "y"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    print("never runs")
    yield

u = unstarted()
u.close()
print(list(u))

def returns_in_close():
    try:
        yield
    except GeneratorExit:
        return "ignored value"

r = returns_in_close()
next(r)
print(r.close())
