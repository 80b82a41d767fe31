# 'in', iteration, ord/chr and their errors.
print("b" in "abc", "" in "abc", "ac" in "abc", "😀" in "a😀", list("h😀i"), [ord(c) for c in "a€😀"], chr(97), chr(0x20ac), chr(0x1f600))
for bad in (lambda: 1 in "abc", lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
