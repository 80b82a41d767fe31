# list: indexing with negative numbers, bools and out-of-range, wrong index types
a = [10, 20, 30]
print(a[0], a[-1], a[True], a[-3])
for k in (3, -4, 'a', 1.5, None):
    try:
        a[k]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(a[I()])
