# builtins: reversed on lists, tuples, strings, ranges, dicts, custom __reversed__/__getitem__
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({}.values())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in ({1, 2}, iter([1]), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
