# builtins: enumerate with start, zip of unequal lengths, zip(strict=True) errors
print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], start=-1)))
print(list(zip('abc', [1, 2])), list(zip()), list(zip(range(3))), list(zip(*[(1, 2), (3, 4)])))
print(list(zip('ab', 'cd', strict=True)))
for args in (('abc', 'ab'), ('ab', 'abc'), ('a', 'a', 'ab'), ('ab', 'ab', 'a')):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
try:
    zip(1, 'a')
except TypeError as e:
    print(e)
