# list: reverse, sort with key and reverse, stability for equal keys
a = [5, 3, 8, 1]
a.reverse()
print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'x')]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(a.sort(), a)
