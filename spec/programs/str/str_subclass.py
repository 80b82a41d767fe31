# Subclasses of str: methods return plain str, overrides, extra attributes, equality and hashing.
class S(str):
    def shout(self):
        return self.upper() + "!"
class Q(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def __repr__(self):
        return "Q(" + str.__repr__(self) + ")"
s = S("hi there")
print(s, repr(s), type(s).__name__, s.shout(), type(s.upper()).__name__, type(s + "x").__name__, type(s[0]).__name__)
print(s == "hi there", {s: 1}["hi there"], len(s), isinstance(s, str), s.split(), "%s|%r" % (s, s), f"{s}|{s!r}")
q = Q("  padded ")
print(q, repr(q), [q], q.title(), str(q), type(str(q)).__name__, q + q)
s.tag = 5
print(s.tag, sorted([S("b"), "a", S("c")]), "".join([S("x"), S("y")]))
