# Closures capture variables; nonlocal rebinds them.
def counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = counter()
print(c(), c(), c(10))
adders = [lambda x, i=i: x + i for i in range(3)]
print([add(10) for add in adders])
