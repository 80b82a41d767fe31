# Builtin functions reduce to their name; methods to (getattr, (owner or instance, name)).
import math

print(iter.__reduce__(), len.__reduce__(), math.sqrt.__reduce__())
print([].append.__reduce__(), list.append.__reduce__(), dict.fromkeys.__reduce__()[1][1])
f, args = {}.get.__reduce__()
print(f(*args)('k', 'default'))
