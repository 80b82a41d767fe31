# types.SimpleNamespace reduces to (type, (), its __dict__), so it pickles and copies with every
# protocol (0 and 1 included) and comes back equal.
import copy
import pickle
import types

ns = types.SimpleNamespace(breakfast='spam', lunch=['eggs'])
print(ns.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(ns, proto))
    print(proto, back == ns, back)
deep = copy.deepcopy(ns)
print(deep == ns, deep.lunch is ns.lunch, copy.copy(ns).lunch is ns.lunch)
