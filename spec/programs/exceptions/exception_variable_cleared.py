# The `as` name is deleted at the end of the except block.
e = "outer"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(err)
def f():
    try:
        raise KeyError
    except KeyError as x:
        pass
    return x
try:
    f()
except UnboundLocalError as err:
    print(err)
