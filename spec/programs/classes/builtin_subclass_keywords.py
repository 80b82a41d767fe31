# Keyword arguments to subclasses of list, set and frozenset: refused by the builtin unless a
# subclass overrides the method that would get them (list/frozenset), always by set.__init__.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", sorted(r), getattr(r, "newarg", None))
    except TypeError as e:
        print(label, "TypeError:", e)

for base in (list, set, frozenset):
    class Plain(base):
        pass

    class WithInit(base):
        def __init__(self, arg, newarg=None):
            if base is not frozenset:
                super().__init__(arg)
            self.newarg = newarg

    class WithNew(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self

    name = base.__name__
    attempt(name + " plain", lambda: Plain(sequence=()))
    attempt(name + " plain 2 args", lambda: Plain([1], [2]))
    attempt(name + " init", lambda: WithInit([1, 2], newarg=3))
    attempt(name + " new", lambda: WithNew([1, 2], newarg=3))
    attempt(name + " new no kw", lambda: WithNew([1, 2]))
