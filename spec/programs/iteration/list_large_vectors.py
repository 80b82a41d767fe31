# for-loops over lists whose items vector is large (past ~2040 items the vector's size is kept
# in the page table, not its header) or crosses between small and large while the loop runs:
# the interpreter's FOR_ITER reads a large vector's size and card barrier by another path than
# a small one's, and takes each loop's end by that path too (vm/NOTES.md "h23-deltablue").


def total(xs):
    s = 0
    n = 0
    for x in xs:
        s += x
        n += 1
    return s, n


for size in (0, 1, 2, 7, 1020, 1021, 1022, 1023, 2040, 2041, 2042, 2043, 2044, 2045, 2046, 2047, 2048, 4095, 4096, 10000):
    print(size, total(list(range(size))))

# grows from small to large while it is iterated
xs = list(range(1000))
seen = 0
for x in xs:
    seen += 1
    if len(xs) < 5000:
        xs.append(x + 1000)
print("grown", seen, len(xs), xs[-1])

# shrinks from large to small while it is iterated
xs = list(range(6000))
seen = []
for x in xs:
    seen.append(x)
    if x == 10:
        del xs[20:]
print("shrunk", len(seen), seen[-3:], len(xs))

# cleared, then refilled, while it is iterated
xs = list(range(3000))
seen = 0
for x in xs:
    seen += 1
    if x == 2500:
        xs.clear()
        xs.extend(range(5))
print("cleared", seen, xs)

# the same large list in nested loops, with a break and an else
xs = list(range(2100))
pairs = 0
for a in xs[:3]:
    for b in xs:
        if b > 2050:
            break
        pairs += 1
    else:
        pairs -= 1
print("nested", pairs)

# an exhausted iterator of a large list stays exhausted; one restored past the end
xs = list(range(2500))
it = iter(xs)
print(sum(1 for _ in it), list(it), next(it, "done"))
it = iter(xs)
it.__setstate__(2498)
print(list(it))
it = iter(xs)
it.__setstate__(9999)
print(list(it))


class L(list):
    pass


print("subclass", total(L(range(3000))))
print("items", [x for x in [[i] * 3 for i in range(2200)] if x[0] % 700 == 0])
print("strings", sum(len(s) for s in ["ab" * (i % 5) for i in range(2300)]))
