# bytes % formatting and bytes.decode round trips.
print(b"%s-%d-%x-%c" % (b"ab", 5, 255, 65), b"%5s|%-4d|" % (b"x", 3), b"%r" % b"q", b"%%")
print(bytearray(b"%s") % b"z", b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
