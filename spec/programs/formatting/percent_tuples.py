# printf-style % formatting with tuples, single values and conversion types.
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%r" % "q", "%a" % "é", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%.2f|%10.3f|%-10.1e|%g|%G|%e" % (3.14159, 2.5, 12345.678, 0.00001, 1e20, 0.0))
print("%c%c%c" % (72, "i", 0x1f600), "%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"), "%i %u" % (3.9, -2))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159), "%s" % None, "%d" % True)
