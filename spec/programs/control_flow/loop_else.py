# for/while with else: else runs only when the loop was not broken.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")


find([1, 2, 3], 2)
find([1, 2, 3], 7)
n = 0
while n < 3:
    n += 1
else:
    print("while finished with", n)
