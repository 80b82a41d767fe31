# builtins: len of every container, __len__ results and errors
print(len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len('héllo'), len(b'ab'))
class L:
    def __len__(self):
        return 5
print(len(L()))
class Bad:
    def __len__(self):
        return -1
for obj in (Bad(), 5, iter([])):
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
