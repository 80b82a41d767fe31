# nonlocal rebinds an enclosing variable; each call of the factory gets its own cell.
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
inc2, get2 = counter(100)
inc2()
print(get(), get2())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
