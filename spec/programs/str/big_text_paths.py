# Long strs (thousands to a million units) through the paths that copy or scan their units in
# chunks (vm/objects/unit_loops.ts) and the writing of a long JS string into a new str
# (str_core.ts make): upper/lower, encode/decode, replace and count of one character, with
# non-ASCII, lone surrogates and astral characters on the way.
import hashlib

def digest(s):
    return hashlib.sha1(s.encode('utf-8', 'surrogatepass')).hexdigest()[:16]

base = " ".join(str(i) for i in range(200000))
print(len(base), digest(base))
up = base.upper()
print(up == base, digest(("abcXYZ" * 5000).upper()), digest(("abcXYZ" * 5000).lower()))
mixed = ("Hello, World! " * 1000) + "\u00e9t\u00e9" + ("MiXeD cAsE " * 1000)
print(digest(mixed.upper()), digest(mixed.lower()), mixed.upper()[-30:], mixed.lower()[14000:14010])
print(digest(("stra\u00dfe " * 2000).upper()), ("stra\u00dfe " * 2000).upper()[:20])

b = base.encode()
print(type(b).__name__, len(b), b[:12], b[-12:])
print(b.decode() == base, b.decode('ascii') == base, b.decode('latin-1') == base)
lat = bytes(range(256)) * 40
print(digest(lat.decode('latin-1')), len(lat.decode('latin-1')))
try:
    (b + b"\xff").decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
try:
    (base + "\u20ac").encode('ascii')
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)
print(digest((base + "\u20ac").encode('utf-8').decode()))

r = base.replace('1', 'x')
print(len(r), digest(r), r[:40])
print(digest(base.replace('1', '')), len(base.replace('1', '')))
print(digest(base.replace('1', 'one')), len(base.replace('1', 'one')))
print(digest(base.replace('1', 'x', 3)), base.replace('1', 'x', 3)[:40])
print(base.replace('1', 'x', 0) == base, base.replace('#', 'x') is base, base.replace('#', 'x') == base)
print(digest(base.replace('9', '\u00e9')), digest(base.replace('9', '\U0001f600')))
print(digest(mixed.replace('\u00e9', 'e')), mixed.replace('\u00e9', 'e')[14000:14010])
print(("a" * 5000).replace('a', '').__len__(), ("a" * 5000).replace('a', 'b')[:5])
print(base.count('7'), base.count(' '), base.count('#'), mixed.count('\u00e9'), base.count('7', 10), base.count('7', 10, 500))

class S(str):
    pass
s = S(base)
print(type(s.replace('1', 'x')).__name__, s.replace('1', 'x') == r, type(s.replace('#', '!')).__name__, s.count('7'))
print(type(s.upper()).__name__, type(s.encode()).__name__)

# long texts made from JS strings with lone surrogates and astral characters
lone = ("ab\ud800cd" * 3000)
print(len(lone), digest(lone), len(lone.upper()), lone.upper()[:6] == "AB\ud800CD")
astral = ("x\U0001f600y" * 3000)
print(len(astral), digest(astral), astral.upper()[:3], len(astral.replace('x', 'zz')))
joined = "-".join(["\U0001f600"] * 5000)
print(len(joined), joined[1], joined[-1] == "\U0001f600")
print(len(str(list(range(20000)))), digest(repr(["\ud800", "\U0001f600"] * 3000)))
# a long text whose replacement leaves one character: the one that was not replaced
print(repr(('a' * 300 + 'b').replace('a', '')), repr(('b' + 'a' * 300).replace('a', '')), repr(('a' * 301).replace('a', '', 300)))
print(repr(('a' * 300 + 'b' + 'a' * 5).replace('a', '')), repr(('a' * 400).replace('a', '')), repr(('ab' * 200).replace('a', '')[:4]))
