# callable(), chr() and ord() including the edges of their domains.
class WithCall:
    def __call__(self):
        return 1

class Plain:
    pass

print(callable(len), callable(WithCall), callable(WithCall()), callable(Plain()), callable(lambda: 0), callable(3))
print(chr(65), chr(0x263A), chr(0x1F600), ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in range(97, 103)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
