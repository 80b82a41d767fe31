# __format__ on user classes, format() builtin, and object.__format__ with a non-empty spec.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __str__(self):
        return "Money"
class Plain:
    def __str__(self):
        return "plain"
m = Money(3.5)
print(format(m), format(m, ".1f"), f"{m}|{m:8.3f}|{m!s}", "{:>6}".format(m))
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
