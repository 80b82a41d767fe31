# len() through CALL's fast path (vm/interp/loop.ts callFromStack: exact lists, str and tuples read
# their length word) and through the type's len slot for everything else: subclasses overriding
# __len__, astral strs, dicts, sets, bytes, ranges; long lists, strs and tuples.
class LL(list):
    def __len__(self): return 42
class T(tuple):
    def __len__(self): return 7
class S(str):
    def __len__(self): return 9
def f():
    for o in ([], [1, 2], LL([1]), (), (1, 2, 3), T((1,)), "", "abc", "a\U0001F600b", S("xy"), {1: 2}, {1}, b"xyz", range(5)):
        print(len(o), end=" ")
    print()
f(); f()
big = "x" * 100000
print(len(big), len(list(range(100000))), len(tuple(range(70000))))
