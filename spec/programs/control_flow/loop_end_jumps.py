# Jumps out of the last statement of a loop body: an `if`/`elif`/`else` whose branches end by
# jumping to the loop's back jump (run() takes them as that back jump: vm/interp/quicken.ts),
# nested ifs, continue/break, while loops, try blocks in the body, and the loop's else.


def count(xs):
    a = b = c = 0
    for x in xs:
        if x == 1:
            a += 1
        elif x == 2:
            b += 1
        else:
            if x > 5:
                c += 1
            else:
                c -= 1
    return a, b, c


def while_loop(n):
    i = 0
    evens = odds = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            evens += i
        else:
            odds += i
    return evens, odds


def nested(rows):
    out = []
    for row in rows:
        for v in row:
            if v < 0:
                continue
            elif v == 0:
                out.append('z')
            else:
                out.append(v)
        if not row:
            out.append('empty')
    return out


def with_try(xs):
    got = []
    for x in xs:
        try:
            if x == 0:
                got.append('zero')
            else:
                got.append(10 // x)
        except ZeroDivisionError:
            got.append('never')
        finally:
            got.append('.')
    return got


def loop_else(xs, stop):
    for x in xs:
        if x == stop:
            r = 'found'
            break
        elif x > 100:
            r = 'big'
        else:
            r = 'small'
    else:
        r = 'none ' + r
    return r


def ternary_in_loop(xs):
    total = 0
    for x in xs:
        total += x if x % 3 else -x
    return total


def raise_in_branch(xs):
    seen = []
    for x in xs:
        try:
            if x:
                seen.append(x)
            else:
                raise ValueError(x)
        except ValueError as e:
            seen.append(repr(e))
    return seen


def gen(xs):
    for x in xs:
        if x & 1:
            yield x
        else:
            yield -x


print(count([1, 2, 3, 7, 1, 9, 2, 0]))
print(while_loop(11))
print(nested([[1, -2, 0, 3], [], [0, 0], [-1]]))
print(with_try([0, 1, 2, 5]))
print(loop_else([1, 200, 3], 3), loop_else([1, 200, 3], 4), loop_else([], 1) if False else '')
print(ternary_in_loop(range(20)))
print(raise_in_branch([1, 0, 2, 0]))
print(list(gen(range(7))))
big = 0
for i in range(200000):
    if i % 3 == 0:
        big += 1
    elif i % 3 == 1:
        big += 2
    else:
        big -= 1
print(big)
