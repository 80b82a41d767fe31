# Threads building sets from lists (set_build.ts: a table built on locals, one barrier per build,
# big tables' split counts computed at the end), splitting and joining strs (str_split.ts,
# str_join.ts) at once, and refilling one shared set under a lock while others read it: every
# result checked against the main thread's.
import threading

N = 4
ROUNDS = 30
text = " ".join("w%d" % i for i in range(3000))
base_words = text.split()
ints = [(i * 7919) % 20011 for i in range(12000)]
want_len = len(set(ints))
want_order = list(set(ints))[:20]
shared = set()
lock = threading.Lock()
errors = []

def worker(t):
    for r in range(ROUNDS):
        s = set(ints)
        if len(s) != want_len or list(s)[:20] != want_order:
            errors.append(("set", t, r))
        words = text.split()
        if words != base_words or ",".join(words).split(",") != base_words:
            errors.append(("split", t, r))
        local = set(words)
        local.update([t, r])
        if len(local) != len(base_words) + len({t, r}):
            errors.append(("update", t, r))
        with lock:
            shared.clear()
            shared.update([t * 100000 + i for i in range(2000 + r)])
            if len(shared) != 2000 + r or min(shared) != t * 100000:
                errors.append(("shared", t, r))
        with lock:
            n = len(shared)
            if n < 2000 or n != len(list(shared)):
                errors.append(("read", t, r, n))

threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(errors[:5], len(errors))
print(len(shared) >= 2000, want_len, want_order[:5])
