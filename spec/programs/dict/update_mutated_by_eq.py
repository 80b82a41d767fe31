# dict.update(other) stops with RuntimeError when an __eq__ called during the merge changes other.
class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error")
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(other))
