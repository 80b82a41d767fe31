# dict.setdefault hashes the key once and compares it once (a single lookup).
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other

h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h1, 0), h1.hash_count, h1.eq_count + h2.eq_count)
