# bytes transforming methods: split/rsplit/splitlines/strip/replace/partition/join/case/justify.
b = b"  Hello World \n"
print(b.split(), b.split(b"o"), b.split(b"o", 1), b.rsplit(None, 1), b.rsplit(b"l", 1), b.strip(), b.lstrip(), b.rstrip(b"\n "), b.strip(b" \nHd"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b.partition(b"o"), b.rpartition(b"o"), b.partition(b"z"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4), b"xyx".removeprefix(b"x"), b"xyx".removesuffix(b"yx"))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"aabbcc".translate(None, b"b"), b"abc".translate(t, b"a"))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(e)
