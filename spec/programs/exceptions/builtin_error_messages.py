# The messages of common builtin exceptions: KeyError, IndexError, AttributeError, NameError, TypeError.
tests = [
    lambda: {}["missing"],
    lambda: {}[(1, 2)],
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "ab"[9],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: (5).nope,
    lambda: None.x,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: len(5),
    lambda: None(),
    lambda: 5[0],
    lambda: {}[[]],
    lambda: int("x1"),
    lambda: [].index(3),
    lambda: "abc".index("z"),
    lambda: object().x,
    lambda: type.nope,
    lambda: int.__dict__["x"],
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: divmod(1, 0),
    lambda: float("nan") < "x",
    lambda: sorted([1, "a"]),
    lambda: hash([]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
