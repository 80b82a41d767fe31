# Four threads each sum a quarter of a range; on pystm they run in parallel as transactions.
import threading

N = 2_000_000
PARTS = 4
results = [0] * PARTS


def work(part: int) -> None:
    total = 0
    for i in range(part, N, PARTS):
        total += i * i % 7
    results[part] = total


threads = [threading.Thread(target=work, args=(p,)) for p in range(PARTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total:", sum(results))
