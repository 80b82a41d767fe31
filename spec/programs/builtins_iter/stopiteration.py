# builtins: StopIteration behaviour — custom iterators, exhaustion is sticky, generator return values
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4)))
def g():
    yield 1
    return 'result'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
def bad():
    yield 1
    raise StopIteration('inner')
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e)
e = iter([])
print(list(e), list(e), next(e, 'x'))
