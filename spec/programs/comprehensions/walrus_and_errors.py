# comprehensions: assignment expressions leak to the enclosing scope; errors inside propagate
data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
try:
    [1 // x for x in [2, 1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(e)
