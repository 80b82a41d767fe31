# Order of try/except/else/finally blocks with and without an exception.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail: raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", repr(e))
nested()
