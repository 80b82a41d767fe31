# %-formatting of floats.
x = 3.14159265
print("%f|%.2f|%10.3f|%-10.3f|%+.1f|% .1f|%010.2f|%e|%.2E|%g|%G|%.3g" % (x, x, x, x, x, x, x, x, x, x, x, x))
print("%f %e %g" % (1e20, 1e-20, 1e-20), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f %#g" % (2.0, 2.0), "%s %r" % (0.1, 1 / 3))
print("%f|%g|%e" % (float("inf"), float("-inf"), float("nan")), "%5.1f%%" % 99.55, "%.3f" % 2, "%g" % 100000, "%g" % 1000000)
print("%.60f" % 0.1, "%.20e" % (1 / 3), "%*.*f" % (10, 3, x), "%(v).2f" % {"v": x})
try:
    print("%f" % "x")
except TypeError as e:
    print("TypeError:", e)
