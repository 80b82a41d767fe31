# itertools and functools: chain, product, permutations, groupby, accumulate, reduce, lru_cache, partial.
import functools
import itertools

print(list(itertools.chain([1, 2], "ab")), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.accumulate([1, 2, 3, 4])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.islice(itertools.count(5, 2), 3)))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), functools.partial(int, base=2)("1011"))
