# random with a fixed seed reproduces CPython's Mersenne Twister sequences exactly.
import random

random.seed(12345)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), round(random.uniform(1, 2), 6))
r = random.Random(7)
print([r.randint(0, 9) for _ in range(10)], r.getrandbits(16))
random.seed("text seed")
print(random.random())
print(random.choices("xyz", weights=[1, 0, 3], k=6))
