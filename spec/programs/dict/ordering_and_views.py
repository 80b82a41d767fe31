# Dicts keep insertion order; views reflect later changes; setdefault, pop, update, | merge.
d = {"b": 1, "a": 2}
keys = d.keys()
d["c"] = 3
print(list(keys), list(d.values()), list(d.items()))
print(d.setdefault("a", 9), d.setdefault("z", 0), d.pop("b"), d.get("missing", "dflt"))
d.update(x=5)
print(d, d | {"a": 100}, {**d, "q": 1} == dict(d, q=1))
del d["z"]
print(sorted(d), len(d), "a" in d, "b" in d)
