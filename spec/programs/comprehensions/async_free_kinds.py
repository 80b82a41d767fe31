# comprehensions: every kind over every iterable type, with the first iterable evaluated eagerly
print([c for c in 'hi'], [k for k in {'a': 1}], [t for t in (1, 2)], [r for r in range(2)], [s for s in {7}])
print({x: None for x in 'ab'}, sorted({w for w in 'the cat the'.split()}))
def it():
    print('iterable evaluated')
    return [1, 2]
g = (x for x in it())
print('before next')
print(list(g))
print([[x, y] for x, y in {'k': 'v', 'a': 'b'}.items()])
