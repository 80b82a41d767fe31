# finally runs on return, break and continue; else runs without an exception.
def f():
    try:
        return "try"
    finally:
        print("finally of f")


out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    except Exception:
        out.append("never")
    else:
        out.append("else")
    finally:
        out.append("fin")
print(f(), out)
