# format_map with dicts and a dict subclass providing __missing__.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x} {y}".format_map(Default(x=1)), "{0}".format_map({"0": "zero-str"}) if False else "")
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
