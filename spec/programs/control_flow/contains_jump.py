# `if x in c:` / `if x not in c:` / `while x not in c:`: CONTAINS_OP followed by a conditional
# jump runs as one fused instruction (vm/interp/quicken.ts Q_CONTAINS_JUMP, h29-sets). Every kind
# of container, __contains__ returning non-bools, raising (the traceback's line), a jump target
# on the jump itself, and `in` results used as values (no fused jump).


class Truthy:
    def __init__(self, v):
        self.v = v

    def __contains__(self, x):
        print("  __contains__", x)
        return self.v  # coerced to a bool by `in`


class Boom:
    def __contains__(self, x):
        raise ValueError("no " + str(x))


def check(x, c):
    out = []
    if x in c:
        out.append("in")
    else:
        out.append("not in")
    if x not in c:
        out.append("not-in branch")
    return out


seen = {3, 4}
for c in ([1, 2, 3], (3,), {3: 0}, {3}, frozenset({3}), "abc3", range(5), seen, Truthy(0), Truthy("yes"), Truthy([])):
    if isinstance(c, str):
        print(type(c).__name__, check("3", c), check("x", c))
    else:
        print(type(c).__name__, check(3, c), check(-3, c))

# go's pattern
stones = [0]
i = 0
seen = {0}
nbrs = {0: [1, 9], 1: [0, 2], 2: [1], 9: [0, 18], 18: [9]}
while i < len(stones):
    q = stones[i]
    i += 1
    for n in nbrs[q]:
        if n not in seen:
            seen.add(n)
            stones.append(n)
print(stones, seen)

# a while loop whose test is the pair, and `and`/`or` chains
todo = {1, 2, 3}
k = 0
while k not in todo:
    k += 1
print(k)
x = 2
print(x in todo and x not in [2], x in [] or x in todo, not (x in todo), [x in todo, x not in todo])
r = 5 in todo
print(r, type(r).__name__)

# errors at a fused site: the traceback names the line of the `if`
import traceback

for c in (Boom(), 5, None):
    try:
        if 1 in c:
            print("never")
    except Exception as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)
        print(tb[0].line, tb[-1].line)
try:
    if [1] in {1}:
        pass
except TypeError as e:
    print("TypeError", e)
print([1] in [[1]], {1} in {frozenset({1})}, [] not in [[]])


def jump_into(n, s):
    # the conditional jump is itself a jump target in some layouts (loop back-edges)
    total = 0
    for v in range(n):
        while v in s:
            v -= 1
        if v not in s:
            total += v
    return total


print(jump_into(10, {2, 3, 5, 7}), jump_into(4, set()))
