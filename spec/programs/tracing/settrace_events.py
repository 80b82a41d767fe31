import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return':
        events.append((name, event, frame.f_lineno, arg))
    elif event == 'exception':
        events.append((name, event, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((name, event, frame.f_lineno))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

def gen(n):
    for i in range(n):
        yield i * 2

def fails():
    x = 1
    raise ValueError("bad")

def catcher():
    try:
        fails()
    except ValueError as e:
        return str(e)

def main():
    r = loop(3)
    g = list(gen(2))
    c = catcher()
    return r, g, c

sys.settrace(tracer)
result = main()
sys.settrace(None)
print(result)
for e in events:
    print(e)
print(sys.gettrace())
