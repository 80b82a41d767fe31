# Generator expressions are lazy; the first iterable is evaluated immediately.
log = []

def src():
    log.append("src called")
    for i in range(3):
        log.append(f"yield {i}")
        yield i

g = (x * x for x in src())
print(log)
print(next(g))
print(log)
print(sum(g))
print(list(g))

xs = [1, 2, 3]
g2 = (x + y for x in xs for y in (10, 20) if x != 2)
xs = None
print(list(g2))
print(type(g2).__name__)
print(sum(i for i in range(101)))
print(max((len(w), w) for w in "the quick brownish fox".split()))
try:
    (1 / x for x in [1, 0]).__next__()
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
