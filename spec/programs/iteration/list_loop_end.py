# A for loop over a list ends on the interpreter's list-iterator path (vm/interp/loop.ts FOR_ITER):
# the iterator is exhausted afterwards exactly as one ended by next() (position, reduce, length
# hint, a list grown afterwards not resumed), for lists of every size, empty, nested, mutated.
def state(it):
    return (it.__length_hint__(), it.__reduce__()[1], next(it, 'end'), list(it))

for n in (0, 1, 2, 7, 100, 3000):
    src = list(range(n))
    it = iter(src)
    total = 0
    for x in it:
        total += x
    print(n, total, state(it))
    src.append('late')
    print(' grown:', next(it, 'end'), list(it))

# half consumed by next(), the rest by the loop
it = iter([10, 20, 30, 40])
print(next(it), next(it))
for x in it:
    print(' rest', x)
print(state(it))

# the list changes during the loop: appends are seen, the end is where the length is then
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if x < 3:
        l.append(x + 10)
print(seen, l)
l = [1, 2, 3, 4, 5]
for x in l:
    if x == 2:
        del l[3:]
print(l)

# nested loops over lists and over the same list, break and else
m = [[1, 2], [], [3]]
out = []
for row in m:
    for v in row:
        out.append(v)
    else:
        out.append('end')
print(out)
for x in m:
    if x == []:
        break
else:
    print('no break')
print('broke at', x)
for a in m:
    for b in m:
        pass
print(a, b)

# a subclass of list iterates through the same iterator class
class L(list):
    pass
for x in L([7, 8]):
    print('L', x)

# sums past the tagged int range (2**30) and below -2**30, by += and -= in a loop
t = 0
for v in [2**29, 2**29, 2**29, -2**31, -2**31, 5, -5]:
    t += v
    print(t, type(t).__name__)
u = 1073741823
u += 1
w = -1073741824
w -= 1
print(u, w, u - 2**30, w + 2**30, 1073741823 - -1, -1073741824 + -1)
k = None
print(k is None, k is not None, 3 in [1, 2], not [], 1.5 < 2.5, 2.5 < 1.5, 1.5 >= 1.5)
