# %-formatting of ints (and floats in int conversions).
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%d" % 3.99, "%d" % -3.99, "%x" % -255, "%c" % 65, "%5.3d" % 7, "%.0d|" % 0, "%d" % 2 ** 70, "%u" % -3)
print("%s %r %a" % (10, 10, 10), "%(a)d-%(b)x" % {"a": 1, "b": 255}, "%*d|%-*d" % (5, 1, 4, 2))
for fmt, arg in [("%x", 1.5), ("%d", "1"), ("%c", 1.0), ("%d", None)]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError:", e)
