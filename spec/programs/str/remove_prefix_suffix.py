# removeprefix / removesuffix.
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "TestHook".removesuffix("Hook"), "abc".removesuffix(""), "abc".removeprefix("abc"))
try:
    "a".removeprefix(1)
except TypeError as e:
    print(e)
