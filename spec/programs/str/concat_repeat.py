# str + str, str * int, in-place forms, and their errors.
s = "ab"
s += "cd"
s *= 2
print(s, "x" * 3, 3 * "y", "z" * 0, "z" * -2, "" * 5)
acc = ""
for i in range(200):
    acc += str(i % 10)
print(len(acc), acc[:25])
for bad in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" - "b", lambda: None + "a"):
    try:
        bad()
    except TypeError as e:
        print(e)
