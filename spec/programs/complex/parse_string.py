# complex(str): accepted spellings and the malformed-string error.
for s in ["1+2j", "  (1-2j)  ", "-3.5j", "j", "-j", "+J", "1e3+1e-3j", "inf+nanj", "-infj", "5", "1_0+2_0j", "(3)", ".5-.5j"]:
    print(repr(s), complex(s))
for s in ["", "1+", "j1", "1+2", "1 + 2j", "((1))", "1+2jj", "1+j+1", "nanj+1"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
