# Or-patterns binding the same names, guards that fall through, and as-patterns at every level.
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case [("get" | "take"), item] | [("get" | "take"), item, "now"]:
            return f"taking {item}"
        case ["drop", *items] as whole if len(items) > 1:
            return f"dropping {len(items)} of {whole}"
        case ["drop", item]:
            return f"dropping {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [] :
            return "nothing"
        case [verb, *_] if verb.isupper():
            return "no shouting"
        case _:
            return "?"

for c in ["go north", "go up", "get lamp", "take sword now", "drop a b c", "drop key", "quit", "", "LOOK", "look"]:
    print(repr(c), "->", f(c))

def guard_side_effects(x):
    calls = []
    def check(tag, ok):
        calls.append(tag)
        return ok
    match x:
        case n if check("first", n > 10):
            pass
        case n if check("second", n > 5):
            pass
        case _:
            calls.append("default")
    return calls

print(guard_side_effects(3), guard_side_effects(7), guard_side_effects(30))
