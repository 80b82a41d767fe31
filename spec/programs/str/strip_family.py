# strip/lstrip/rstrip with default whitespace, explicit chars and None.
s = " \t\n xhix \r\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""))
print(repr("\u2003\u00a0hi\u3000".strip()), "😀a😀".strip("😀"))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
