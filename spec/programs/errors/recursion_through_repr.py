# Unbounded recursion through repr() and __repr__ ends in RecursionError, not a crash.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def __repr__(self):
        return repr(self.nxt) + "!"
n = Node()
n.nxt = n
print(repr(n))
