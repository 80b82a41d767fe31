# Infinite generators consumed with itertools.islice, takewhile and zip.
from itertools import islice, takewhile, count

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(islice(fib(), 15)))
print(list(islice(primes(), 5, 12)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(zip("abc", fib())))
print(list(islice(fib(), 2, 20, 4)))
