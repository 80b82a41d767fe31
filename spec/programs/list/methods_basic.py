# list: append, extend, insert (incl. negative/out-of-range positions), clear, copy
a = [1, 2]
a.append(3)
a.extend((4, 5))
a.extend(x * 10 for x in range(2))
print(a)
a.insert(0, 'h')
a.insert(-1, 'm')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
b = a.copy()
a.clear()
print(a, len(b), b[0], b[-1])
