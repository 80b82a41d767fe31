# tuple: count, index with start/stop, and the index error message
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -2), t.index(2, 2, 4))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t.index(3, 3)
except ValueError as e:
    print(e)
