# Closures capture variables, not values: late binding in loops, and fixes for it.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def show(): return x
    x = 2
    return show
print(make()())
