# print(): sep, end, file=sys.stderr (not in stdout), flush, and objects' __str__.
import sys

class S:
    def __str__(self):
        return "str-of-S"

print("a", "b", "c", sep="-")
print("no newline", end="|")
print("after")
print(1, 2, sep="", end="\n\n")
print(S(), [S()][0], None, 3.0)
print("to stderr", file=sys.stderr)
print("visible", file=sys.stdout, flush=True)
print()
print(*range(5), sep=", ")
print("x", sep=None, end=None)
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written directly\n")
