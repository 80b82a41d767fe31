# partition and rpartition, found and not found.
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("==".partition("=="), "k: v: w".partition(": "))
