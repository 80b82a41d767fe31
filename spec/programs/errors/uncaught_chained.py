# An uncaught exception raised from another prints both; the last line is the outer one.
def load():
    try:
        int("nope")
    except ValueError as e:
        raise RuntimeError("could not load") from e
load()
