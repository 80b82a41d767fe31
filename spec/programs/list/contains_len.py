# list: in / not in (identity then equality), len, bool
nan = float('nan')
a = [1, 'x', nan, (2, 3)]
print(1 in a, 1.0 in a, 'x' in a, nan in a, (2, 3) in a, [2, 3] in a, 5 not in a)
print(len(a), bool([]), bool([0]))
class E:
    def __eq__(self, o):
        print('eq called')
        return True
print(E() in [1])
