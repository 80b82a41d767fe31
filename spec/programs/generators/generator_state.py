# gi_running, gi_frame and gi_code of a generator through its life; re-entry is an error.
def gen():
    print("running inside:", g.gi_running)
    yield 1
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
print(next(g))
print(list(g))
print(g.gi_frame is None)
print(gen.__name__, g.__name__, g.__qualname__)
print(iter(g) is g)
