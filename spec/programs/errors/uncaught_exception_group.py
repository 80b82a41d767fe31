# An uncaught ExceptionGroup prints the boxed tree of sub-exceptions.
raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
