# pprint of recursive containers (the markers name ids, so only their shape is printed)
import pprint
import re
def shape(text):
    return re.sub(r'id=\d+', 'id=ID', text)
r = [1, 2]
r.append(r)
print(shape(pprint.saferepr(r)), pprint.isrecursive(r), pprint.isreadable(r))
d = {'a': 1}
d['self'] = d
print(shape(pprint.pformat(d)), pprint.isrecursive(d))
print(shape(pprint.pformat([d, r] * 3, width=30)))
t = ([],)
t[0].append(t)
print(shape(pprint.pformat(t, width=5)))
print(pprint.isrecursive([[1], [2]]), pprint.PrettyPrinter().isrecursive(r))
