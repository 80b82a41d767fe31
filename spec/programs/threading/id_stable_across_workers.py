# id() and the identity hash of objects first asked while young stay the same in the other threads
# (other workers), also past the first 32768 such objects: the shared identity table grows
# (vm/runtime/identity.ts; test_weakref test_threaded_weak_key_dict_copy lost keys).
import gc
import threading


class O:
    pass


warm = threading.Thread(target=lambda: None)
warm.start()
warm.join()
objs = []
ids = []
hashes = []
for _ in range(70000):
    o = O()
    ids.append(id(o))
    hashes.append(hash(o))
    objs.append(o)
gc.collect()
same = []


def check():
    same.append(sum(1 for o, i in zip(objs, ids) if id(o) == i))
    same.append(sum(1 for o, h in zip(objs, hashes) if hash(o) == h))
    s = set(objs)
    same.append(sum(1 for o in objs if o in s))


ts = [threading.Thread(target=check) for _ in range(3)]
for t in ts:
    t.start()
check()
for t in ts:
    t.join()
same.sort()
print(same, len(set(ids)))
