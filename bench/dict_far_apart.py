# bench/dict_far_apart.py: two threads write far-apart keys of one 200k-key dict (issue 6), the
# dict counterpart of set_far_apart.py.   dict_far_apart.py MODE [ROUNDS]   MODE:
#     set     overwrite the values of existing keys (card-granular: the value's card)
#     churn   delete then re-insert a key of its own quarter (the header: used, nentries)
#     add     insert new keys of its own range (appended at the end of the entries)
# Run with --workers 2 --stm-stats (PYSTM_NO_NAP=1) to read the abort rate; prints len(d).
import sys
import threading

mode = sys.argv[1] if len(sys.argv) > 1 else 'set'
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
N = 200000
d = dict.fromkeys(range(N), 0)


def overwrite(lo):
    for i in range(rounds):
        d[lo + (i * 7) % 50000] = i


def churn(lo):
    for i in range(rounds):
        k = lo + (i * 7) % 50000
        del d[k]
        d[k] = i


def add(lo):
    for i in range(rounds):
        d[lo + i] = i


work = {'set': overwrite, 'churn': churn, 'add': add}[mode]
bases = [1000000, 3000000] if mode == 'add' else [0, 100000]
ts = [threading.Thread(target=work, args=(b,)) for b in bases]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d))
