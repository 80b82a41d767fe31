# str comparisons (code point order) and sorting, including astral and case.
words = ["banana", "Apple", "apple", "ápple", "😀", "\uffff", "", "a", "ab", "B"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, reverse=True)[:3])
print("a" < "b", "a" < "ab", "Z" < "a", "\uffff" < "😀", "abc" == "abc", "abc" != "abd", "a" <= "a", max("abc", "abd"), min(words))
try:
    "a" < 1
except TypeError as e:
    print(e)
print("a" == 1, "1" == 1)
