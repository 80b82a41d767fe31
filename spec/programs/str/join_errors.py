# join over lists, tuples, generators, and the error for a non-str item.
print("-".join(["a", "b"]), ",".join(("x",)), "".join(c.upper() for c in "abc"), "+".join([]), ".".join("xyz"))
print(", ".join({"k": 1, "j": 2}))
for bad in (["a", 1], ["a", None, "b"], [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
try:
    "-".join(5)
except TypeError as e:
    print(e)
