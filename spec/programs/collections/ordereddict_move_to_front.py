# OrderedDict.move_to_end(key, last=False) (amortized O(1): the entry moves into holes kept at
# the front of the dict): order, iteration, reversed, popitem from both ends, equality, copy and
# KeyError, checked against a list model through a long mix of operations.
from collections import OrderedDict

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('c', last=False)
od.move_to_end('c', last=False)
od.move_to_end('e', last=False)
print(list(od), list(reversed(od)), od)
try:
    od.move_to_end('zz', last=False)
except KeyError as e:
    print('KeyError', e)

model = []
od = OrderedDict()
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

bad = 0
for step in range(6000):
    op = rnd(10)
    if op < 4 or not model:
        k = 'k%d' % rnd(500)
        if k not in od:
            model.append(k)
        od[k] = step
    elif op < 7:
        k = model[rnd(len(model))]
        od.move_to_end(k, last=False)
        model.remove(k)
        model.insert(0, k)
    elif op == 7:
        k = model[rnd(len(model))]
        od.move_to_end(k)
        model.remove(k)
        model.append(k)
    elif op == 8:
        if rnd(2):
            k, v = od.popitem(last=False)
            bad += k != model.pop(0)
        else:
            k, v = od.popitem()
            bad += k != model.pop()
    else:
        k = model[rnd(len(model))]
        del od[k]
        model.remove(k)
    if step % 500 == 0:
        bad += list(od) != model
        bad += list(reversed(od)) != model[::-1]
        bad += next(iter(od), None) != (model[0] if model else None)
print('len', len(od), 'bad', bad, list(od) == model, list(od.copy()) == model)
print(od == OrderedDict((k, od[k]) for k in model), list(dict(od)) == model)
