# Messages of common str misuse.
tests = [
    lambda: "a" + 1,
    lambda: "abc".index("z"),
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "abc".join([1]),
    lambda: int("abc"),
    lambda: "abc"[5],
    lambda: "a".foo,
    lambda: str.upper(1),
    lambda: "a".center(),
    lambda: "a".count(),
    lambda: "".join(1),
    lambda: len(5),
    lambda: "x".startswith(["x"]),
    lambda: "abc".encode(1),
    lambda: "a".zfill("3"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
