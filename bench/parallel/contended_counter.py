# Contended benchmark: threads increment one shared counter under one Lock and update one
# shared dict. Expected to scale poorly; the runner reports its slowdown and abort rate.
# Usage: contended_counter.py [threads=4] [n=20000] (increments per thread). Last line: checksum.
import sys
import threading

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    lock = threading.Lock()
    state = {'count': 0}
    shared = {}

    def work(i):
        for k in range(n):
            with lock:
                state['count'] += 1
            key = k % 64
            shared[key] = shared.get(key, 0) + 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # the dict updates are unlocked get-then-set: updates may be lost under CPython too, so
    # only the locked counter and the key set are part of the checksum
    print(state['count'], sorted(shared) == list(range(64)))

main()
