# tuple: unpacking error messages (too many, not enough, starred, non-iterable)
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def two(v):
    a, b = v
def star(v):
    a, b, *c = v
attempt(lambda: two((1, 2, 3)))
attempt(lambda: two([1]))
attempt(lambda: two(iter(range(10))))
attempt(lambda: two(''))
attempt(lambda: star((1,)))
attempt(lambda: two(5))
attempt(lambda: star(None))
