# str.format error messages.
tests = ["{", "}", "{0", "{!}", "{!x}", "{0!r", "{0.}", "{0[}", "{0]}", "{:d}", "{0} {}", "{} {0}", "{5}", "{a}", "{0:{1:{2}}}"]
for t in tests:
    try:
        print(repr(t.format("s")))
    except (ValueError, IndexError, KeyError) as e:
        print(t, type(e).__name__, e)
