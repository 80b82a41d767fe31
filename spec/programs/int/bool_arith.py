# bool is an int: arithmetic promotes to int, bitwise ops between bools stay bool.
print(True + True, True * 3, True / 2, True // 2, -True, ~True, +False, abs(True))
print(True & False, True | False, True ^ True, type(True & 1).__name__, type(True & True).__name__)
print(repr(True), str(False), int(True), float(True), True == 1, False == 0.0, True is 1 == 1)
print(isinstance(True, int), issubclass(bool, int), sum([True, True, False]), True ** 10, 2 ** True)
print(bool(0), bool(2), bool(-0.0), bool(0j), bool(""), bool("0"), hash(True), hash(False))
print(f"{True}", f"{True:d}", f"{True:>6}", "%d" % True, "%s" % False, format(False, "b"))
try:
    bool.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
