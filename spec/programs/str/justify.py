# center/ljust/rjust/zfill, with fill characters and odd padding.
for w in (0, 3, 6, 7):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "".zfill(3), "abc".zfill(2), "-".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
