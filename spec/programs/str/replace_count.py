# str.replace with count, empty old, and no match.
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("z", "y"))
print("abcabc".replace("bc", ""), "ab".replace("ab", "abab"))
try:
    "a".replace("a", 1)
except TypeError as e:
    print(e)
