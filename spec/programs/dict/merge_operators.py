# dict: | and |= (PEP 584), right side wins, |= accepts pairs, | rejects non-dicts
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, c is a)
c |= [('w', 0)]
print(c)
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
