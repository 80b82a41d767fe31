# Sequence patterns: fixed length, star captures anywhere, nesting; str/bytes/dict never match.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *middle, last] if not middle:
            return f"two {first} {last}"
        case [0, *_]:
            return "starts with zero"
        case [*init, "end"]:
            return f"ends with end after {init}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case (x, y, *rest):
            return f"head {x} {y} rest {rest}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1, 2), [0, 5, 6], ["a", "b", "end"], [[1, 2], [3, 4]], range(5),
          "ab", b"ab", {1: 2}, 7, [1, 2, 3, 4]]:
    print(repr(v), "->", seq(v))
