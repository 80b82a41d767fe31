# Builtin calls through the inline caches (LOAD_GLOBAL of a builtin, LOAD_METHOD of list/set/dict
# methods) from several threads at once: each thread appends to its own list and adds to its own
# set in a loop calling len(); the main thread shadows len with a global halfway and checks the
# results. Printed: per-thread totals in thread order.
import threading


def work(k, out):
    lst = []
    s = set()
    d = {}
    t = 0
    for i in range(3000):
        lst.append(i)
        s.add(i % 50)
        d.setdefault(i % 7, k)
        t += len(lst) - len(s)
    out[k] = (t, len(lst), len(s), d.get(3))


out = [None] * 4
ths = [threading.Thread(target=work, args=(k, out)) for k in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(out)
len = lambda o: 1
out2 = [None] * 2
ths = [threading.Thread(target=work, args=(k, out2)) for k in range(2)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(out2)
del len
work(0, out2)
print(out2[0])
