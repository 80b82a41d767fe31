# split errors: empty separator and non-str separator.
for f in (lambda: "abc".split(""), lambda: "abc".rsplit(""), lambda: "abc".split(1), lambda: "a".partition("")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
