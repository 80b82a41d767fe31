# comprehensions: own scope for the loop variable, closures capture late, class-body scoping
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
n = 10
print([n + k for k in range(2)], {n * k for k in range(2)}, list(n - k for k in range(2)))
print([(yield_) for yield_ in 'ab'])
