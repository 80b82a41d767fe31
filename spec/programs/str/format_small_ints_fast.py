# str(i), repr(i), f"{i}", "%d" % i and "%s" % s on the fast paths (ints that fit a double written
# digit by digit, exact strs copied unit by unit) next to every case that must leave them:
# subclasses with their own __str__/__format__/__repr__, bools, floats, big ints, flags, errors.
class MyInt(int):
    def __str__(self): return "MyInt-str"
    def __repr__(self): return "MyInt-repr"
    def __format__(self, spec): return "MyInt-format[" + spec + "]"

class PlainInt(int):
    pass

class MyStr(str):
    def __str__(self): return "MyStr-str"
    def __format__(self, spec): return "MyStr-format"

class MyFloat(float):
    def __format__(self, spec): return "MyFloat-format"

edges = [0, 1, 9, 10, -1, -9, -10, 99, 100, 12345, -12345, 2**30 - 1, 2**30, -2**30, 2**31 - 1,
         2**31, -2**31, -2**31 - 1, 2**32, 2**40 + 7, -(2**40 + 7), 2**52, 2**53 - 1, 2**53,
         -2**53, 2**53 + 1, 2**63, -2**63 - 1, 10**15, 10**16 - 1, 10**16, 10**20, -10**30 + 3]
for n in edges:
    print(str(n), repr(n), f"{n}", "%d" % n, "%i" % n, "%s" % n, "[%d|%s]" % (n, n), f"<{n}>", n.__repr__())
    assert str(n) == format(n, '') == ("%d" % n) == f"{n}"

print(str(True), f"{True}", "%d" % True, "%s" % False, repr(True))
print(str(MyInt(5)), repr(MyInt(5)), f"{MyInt(5)}", f"{MyInt(5):>4}", "%d" % MyInt(5), "%s" % MyInt(5))
print(str(PlainInt(-42)), repr(PlainInt(-42)), f"{PlainInt(-42)}", "%d" % PlainInt(-42), "%s" % PlainInt(7))
print(str(MyStr("x")), f"{MyStr('x')}", "%s" % MyStr("x"), "%s|%s" % (MyStr("a"), "b"))
print(type(str(MyStr("abc"))).__name__, type(f"{MyStr('abc')}").__name__)
print(f"{1.5}", f"{-0.0}", f"{1e16}", f"{float('inf')}", f"{MyFloat(2.5)}", "%d" % 3.7, "%s" % 2.5)
print(f"{'a'}{'b'}{1}{''}", f"{''}", repr(f""), f"x{2}y{-3}z", f"{10}{20}{30}")

# literals, %% and counts
print("%%d" % (), "100%%" % (), "%d%%" % 5, "a%sb%sc" % ("1", "2"), "%s" % "", "[%s]" % ("",))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, 3), "%s" % {"k": 1})
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%.3s" % "abcdef", "%x" % 255, "%r" % "q")
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%d", ()), ("%s %s", "ab"), ("%z", 1), ("%", 1), ("%d", None)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

# lone surrogates side by side stay two code points
hi, lo = "\ud800", "\udc00"
for s in ["%s%s" % (hi, lo), f"{hi}{lo}", hi + lo, "%s" % hi + lo, "%s\udc00" % hi, "\ud800%s" % lo]:
    print(len(s), [hex(ord(c)) for c in s])
astral = "\U0001F600"
print(len("%s|%d" % (astral, 7)), len(f"{astral}{7}"), "%s-%s" % ("é", "ß"), f"{'é'}{3}")

# results are new objects of the right type, equal to their slow-path twins
a = "%d-%s" % (12, "ab")
b = "{}-{}".format(12, "ab")
print(a == b, hash(a) == hash(b), type(a).__name__, {a: 1}[b])
print(["%d" % i for i in range(-3, 4)], [f"{i}" for i in range(-12, 13, 6)], [str(i) for i in range(8, 13)])

# conversions before the format: !r, !s, !a of strs, ints and subclasses
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "R-str"
for v in ["hi there", 5, -7, 2.5, MyInt(3), MyStr("m"), R(), "é\n"]:
    print(f"{v!r}|{v!s}|{v!a}|{v!r:>12}|{v!s:^9}")

# str.format with only {} fields (the fast shape) and every neighbour that is not
print("{} {}".format(12, "ab"), "{}{}{}".format(-1, 0, 2**40), "{{}}".format(), "{{{}}}".format(7), "x}}y{{z".format())
print("{}".format(""), repr("".format()), repr("".format(1, 2)), "{} {}".format(1, 2, 3), "a{}b".format(MyStr("q")))
print("{}".format(MyInt(4)), "{}".format(PlainInt(9)), "{}".format(True), "{}".format(2.5), "{}".format(None), "{}".format([1]))
print("{0} {0}".format(5), "{x}".format(x=3), "{:>4}".format(7), "{!r}".format("s"), "{}".format(hi) + lo == hi + lo)
print(len("{}{}".format(hi, lo)), [hex(ord(c)) for c in "{}{}".format(hi, lo)], "{}é{}".format("ß", 1))
for fmt, args in [("{} {}", (1,)), ("{", ()), ("}", ()), ("{}}", (1,)), ("a{0}{}", (1, 2)), ("{} {x}", (1,))]:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(str.format("{}-{}", 1, "z"), MyStr("<{}>").format(5), type(MyStr("<{}>").format(5)).__name__)

# the format's own text through the general paths (%r, !r, format_map): a lone high and low
# surrogate side by side stay two code points, an astral character stays one
class Mp(dict):
    pass
for fmt in [hi + lo + "%r", "\U0001F600%r", hi + lo + "%r\U0001F600" + hi + lo, "%r" + hi + lo, "\U0001F600" + hi + lo + "%5d"]:
    s = fmt % 5
    print(len(s), [hex(ord(c)) for c in s])
for fmt in [hi + lo + "{!r}", "\U0001F600{!r}", hi + lo + "{!r}\U0001F600" + hi + lo, "{!r}" + hi + lo, "\U0001F600" + hi + lo + "{:>3}"]:
    s = fmt.format(5)
    m = fmt.replace("{!r}", "{k!r}").replace("{:>3}", "{k:>3}").format_map(Mp(k=5))
    print(len(s), [hex(ord(c)) for c in s], s == m)
print([hex(ord(c)) for c in (hi + "%s") % lo], [hex(ord(c)) for c in (hi + "{}").format(lo)], [hex(ord(c)) for c in "%s{}" % hi], len(("%s" + lo) % hi))
