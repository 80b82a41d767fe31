# Mapping patterns: required keys, extra keys allowed, **rest, nested values, non-dict mappings.
from collections import OrderedDict, defaultdict

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} rest={rest}"
        case {}:
            return "some mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "a", "shift": True, "alt": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "dy": -1},
    OrderedDict(x=1),
    defaultdict(int, type="dd"),
    [("type", "click")],
]
for e in events:
    print(handle(e))

d = defaultdict(list)
match d:
    case {"missing": _}:
        print("matched?")
    case _:
        print("no match, and no key added:", dict(d))
