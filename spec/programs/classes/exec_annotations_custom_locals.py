# Annotations at the top of exec'd code with a custom locals mapping go through its
# __getitem__/__setitem__ (the VM treated the mapping as a dict and corrupted it before).
class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']._dct)
nonloc_ns = {}
class CNS2:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item] = value
        nonloc_ns[item] = value
    def __getitem__(self, item):
        return self._dct[item]
exec('x: int = 1', {}, CNS2())
print(nonloc_ns['__annotations__']['x'])
