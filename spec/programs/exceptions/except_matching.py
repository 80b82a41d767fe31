# except clauses match by class hierarchy, tuples, and bare except; order matters.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for exc in (KeyError, IndexError(1), UnicodeError, ZeroDivisionError, OverflowError(), ValueError):
    print(classify(exc))
try:
    raise SystemExit(3)
except:
    print("bare caught SystemExit")
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
