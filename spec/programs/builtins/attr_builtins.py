# getattr/setattr/hasattr/delattr with defaults, descriptors and __getattr__ fallbacks.
class Config:
    debug = False

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"no setting {name!r}")

c = Config()
print(getattr(c, "debug"), getattr(c, "opt_color"), getattr(c, "missing", "dflt"))
setattr(c, "debug", True)
print(c.debug, Config.debug, hasattr(c, "debug"), hasattr(c, "nope"), hasattr(c, "opt_x"))
delattr(c, "debug")
print(c.debug)
try:
    delattr(c, "debug")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(Config, "added", 99)
print(c.added, getattr(Config, "__name__"))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "real", 2)
except AttributeError as e:
    print("AttributeError:", e)
