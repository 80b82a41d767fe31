# return/break/continue in finally override and swallow the pending exception or return.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
def k():
    x = "before"
    try:
        return x
    finally:
        x = "after"
print(f(), g(), h(), k())
