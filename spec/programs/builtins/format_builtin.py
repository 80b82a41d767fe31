# format() and __format__: number specs, alignment, str.format with nested fields.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"{self.cents / 100:.2f}"
        return f"${s:{spec}}" if spec else f"${s}"

print(format(3.14159, ".2f"), format(1234567, ","), format(0.25, "%"), format(42, "08d"))
print(format("hi", "^10") + "|", format("hi", "*<6"), format(-3, "+d"), format(3, " d"))
print(format(1e21), format(1.5e-7, "g"), format(12345.678, "_.1f"), format(255, "#x"))
print(format(Money(12345)), format(Money(5), ">10"))
print("{0}-{1}-{0}".format("a", "b"), "{name:>{width}}".format(name="x", width=4))
print("{:{fill}{align}8}".format("mid", fill="-", align="^"))
print(f"{'nested':{'>'}{10}}", f"{3.0:g}", f"{10 / 3=:.3f}")
print(format(True), format(None), format([1, 2]))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
