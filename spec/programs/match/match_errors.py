# Irrefutable patterns, capture semantics, no match leaves captures, and the subject evaluated once.
def subject():
    print("subject evaluated")
    return [1, 2]

match subject():
    case [3, x]:
        print("no")
    case [a, b]:
        print("matched", a, b)

x = "before"
match 5:
    case str() as x:
        pass
    case int():
        pass
print("x is still", x)

match (1, 2, 3):
    case (first, *_):
        print("first", first)

value = {"a": [1, {"b": (2, 3)}]}
match value:
    case {"a": [_, {"b": (_, deep)}]}:
        print("deep", deep)

match 42:
    case _:
        print("wildcard always matches")
