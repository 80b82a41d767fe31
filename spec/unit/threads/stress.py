# Randomized scheduler stress: random switch intervals and yields; checked invariants.
import queue
import random
import sys
import threading
import time

seed = int(sys.argv[1])
rnd = random.Random(seed)
sys.setswitchinterval(rnd.choice([1e-7, 2.5e-7, 5e-7, 1e-6, 3e-6, 1e-5, 1e-4]))


def maybe_yield(r):
    if r.random() < 0.05:
        time.sleep(0)


# 1. no lost update under a lock
count = 0
lock = threading.Lock()


def inc(n, r):
    global count
    for _ in range(n):
        with lock:
            c = count
            maybe_yield(r)
            count = c + 1


n, per = rnd.randint(2, 6), rnd.randint(50, 300)
ts = [threading.Thread(target=inc, args=(per, random.Random(rnd.randrange(1 << 30)))) for _ in range(n)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert count == n * per, (count, n * per)

# 2. bank transfers: the total is conserved, no account goes negative
accounts = [100] * 8
locks = [threading.RLock() for _ in accounts]


def transfer(r):
    for _ in range(150):
        a, b = r.sample(range(len(accounts)), 2)
        first, second = sorted((a, b))
        with locks[first]:
            maybe_yield(r)
            with locks[second]:
                amount = r.randint(0, 30)
                if accounts[a] >= amount:
                    accounts[a] -= amount
                    maybe_yield(r)
                    accounts[b] += amount


ts = [threading.Thread(target=transfer, args=(random.Random(rnd.randrange(1 << 30)),)) for _ in range(rnd.randint(2, 5))]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert sum(accounts) == 800 and min(accounts) >= 0, accounts

# 3. producers/consumers over a bounded queue: no item lost, none duplicated
q = queue.Queue(maxsize=rnd.randint(1, 5))
consumed = []
clock = threading.Lock()
nprod, ncons = rnd.randint(1, 4), rnd.randint(1, 4)


def produce(k, r):
    for i in range(60):
        q.put((k, i))
        maybe_yield(r)


def consume(r):
    while True:
        item = q.get()
        if item is None:
            return
        with clock:
            consumed.append(item)
        maybe_yield(r)


cs = [threading.Thread(target=consume, args=(random.Random(rnd.randrange(1 << 30)),)) for _ in range(ncons)]
ps = [threading.Thread(target=produce, args=(k, random.Random(rnd.randrange(1 << 30)))) for k in range(nprod)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
assert sorted(consumed) == sorted((k, i) for k in range(nprod) for i in range(60)), len(consumed)
assert len(set(consumed)) == len(consumed)

# 4. Condition hand-off with timeouts: every notification is seen
cond = threading.Condition()
box = []
got = []


def taker():
    for _ in range(30):
        with cond:
            while not box:
                cond.wait(0.5)
            got.append(box.pop())
            cond.notify()


def giver():
    for i in range(30):
        with cond:
            while box:
                cond.wait(0.5)
            box.append(i)
            cond.notify()


a, b = threading.Thread(target=taker), threading.Thread(target=giver)
a.start()
b.start()
a.join()
b.join()
assert got == list(range(30)), got
print('ok', seed)
