# iteration: a list iterator sees appends and removals made during the loop
a = [1, 2, 3]
for x in a:
    if x < 4:
        a.append(x + 3)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2])
c = list(it)
print(c, list(it))
l = [0]
for i, v in enumerate(l):
    if i < 3:
        l.append(i + 1)
print(l)
