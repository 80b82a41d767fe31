# except* splits an ExceptionGroup by type; unhandled parts re-raise as a group.
def run(eg):
    try:
        raise eg
    except* ValueError as g:
        print("values:", repr(g))
    except* TypeError as g:
        print("types:", [str(e) for e in g.exceptions])
run(ExceptionGroup("eg", [ValueError(1), TypeError("t"), ValueError(2)]))
try:
    run(ExceptionGroup("eg2", [KeyError("k"), ValueError(3)]))
except ExceptionGroup as g:
    print("left:", repr(g))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("wrapped:", repr(g))
except Exception as e:
    print("unexpected", e)
