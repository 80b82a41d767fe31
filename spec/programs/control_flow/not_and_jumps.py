# UNARY_NOT shares the conditional jumps' case in run() (vm/NOTES.md "Every site has feedback"):
# `not` of bools, ints, floats, None, containers and objects with __bool__/__len__, as a value, in
# conditions, in and/or chains, and an error from __bool__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __len__(self):
        return 0

vals = [True, False, 0, 1, -1, 0.0, 2.5, None, '', 'a', [], [0], (), {}, {1: 2}, B(True), B(False), L()]
print([not v for v in vals])
print([(not v) or 'x' for v in vals])
print([type(v and not v).__name__ for v in vals])
n = 0
for v in vals:
    if not v:
        n += 1
    while not n > 100:
        n += 50
print(n)
print(not not 3, not (1 and 0), not 0 == 1)

class Bad:
    def __bool__(self):
        return 'yes'

try:
    not Bad()
except TypeError as e:
    print('TypeError:', e)
i = 0
total = 0
while not i >= 10:
    total += i * 3 // 2 % 7
    i += 1
print(total)
