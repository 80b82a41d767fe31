# Assignment expressions in conditions and comprehensions; conditional expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
big = [y for x in data if (y := x * 2) > 6]
print(big, "even" if n % 2 == 0 else "odd")
