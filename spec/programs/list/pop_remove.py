# list: pop (end, index, negative) and remove; their errors
a = list(range(6))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a)
for f in (lambda: a.remove(99), lambda: a.pop(10), lambda: [].pop()):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
