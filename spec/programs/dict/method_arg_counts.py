# Argument-count errors of dict.get/setdefault/pop, set.add/remove/discard/issubset and str.replace
# (their impls check the count only when it is wrong: no slice of the arguments on the common path)
# and the common calls' results.
d = {1: 2}
s = {1}
for call in (lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.setdefault(), lambda: d.pop(),
             lambda: d.pop(1, 2, 3), lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove(),
             lambda: s.discard(1, 2), lambda: s.issubset(), lambda: "a".replace("a"),
             lambda: s.add(x=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(d.get(1), d.get(5, 6), d.setdefault(3, 4), d.pop(3), d.pop(9, 0), s.issubset({1, 2}), "aXa".replace("a", "b"), "aaa".replace("a", "b", 2))
# keywords: get/setdefault/pop take none (a keyword value was taken as the default)
for m in ('get', 'setdefault', 'pop'):
    try:
        print(getattr({}, m)(1, default=3))
    except TypeError as e:
        print(e)
    try:
        print(getattr({1: 2}, m)(1, **{}))
    except TypeError as e:
        print(e)
