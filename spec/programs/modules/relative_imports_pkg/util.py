# Helper module: a sibling imported with `from . import util`.
def shout(s):
    return s.upper() + "!"
