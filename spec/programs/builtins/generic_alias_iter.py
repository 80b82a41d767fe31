# iter(tuple[int]) yields the unpacked alias *tuple[int] once (PEP 646), which compares unequal to tuple[int].
a = tuple[int]
s = list(a)
print(s, len(s), s[0] == a, s[0] == s[0], s[0].__origin__, s[0].__args__, s[0].__unpacked__, a.__origin__)
it = iter(list[str]); print(next(it), next(it, 'end'), it.__reduce__())
print(tuple[int].__unpacked__, repr(list[int]), dict[str, int] == dict[str, int])
