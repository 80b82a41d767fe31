# COMPARE_OP of a float with a tagged int (and of two floats) without the rich-compare protocol
# (vm/interp/loop.ts compareOther): every operator on ints at the edges of the tagged range,
# signed zeros, infinities, NaN (every compare false, != true), bools, big ints (the protocol), and
# float subclasses and int subclasses (their dunders win), in plain compares and in `if`s.
nan = float('nan')
inf = float('inf')
vals = [0, 1, -1, 2**29, -2**30, 2**30 - 1, 2**30, 0.0, -0.0, 0.5, -0.5, 1.0, 1e300, -inf, inf, nan,
        536870911.5, 1073741823.0, 1073741824.0, True, False, 2**40, 1 << 62, 2**53 + 1, float(2**53)]
rows = []
for a in vals:
    for b in vals:
        rows.append(''.join('1' if r else '0' for r in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
for i in range(0, len(rows), len(vals)):
    print(' '.join(rows[i:i + len(vals)]))

for x in (0.5, 1.5, nan, 1.0, -0.0):
    if x > 1:
        print('gt', x)
    elif x < 1:
        print('lt', x)
    elif x == 1:
        print('eq', x)
    else:
        print('neither', x)


class F(float):
    def __gt__(self, o):
        return 'F.gt'

    def __lt__(self, o):
        return 'F.lt'


class I(int):
    def __lt__(self, o):
        return 'I.lt'

    def __gt__(self, o):
        return 'I.gt'


for _ in range(2):
    print(F(1.0) > 2, 2 < F(1.0), F(1.0) > 2.0, I(3) < 2.5, 2.5 > I(3), I(3) > 0.5)
score = 0.0
wins = 0
for s in (-1.5, 0.0, 2.5, 7.5, -0.0):
    score += s
    if s > 0:
        wins += 1
print(score, wins)
