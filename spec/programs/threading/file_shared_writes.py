# Files opened by the main thread are used by threads (which may run on other workers): writes
# under a lock, reads of a shared file object, a file opened in a thread closed by main.
import os
import threading
import time

tmp = '/tmp/pystm_file_shared_writes_%d' % os.getpid()
os.mkdir(tmp)
path = os.path.join(tmp, 'shared.txt')
out = open(path, 'w')
lock = threading.Lock()
errors = []


def spin():
    x = 0
    for k in range(100000):
        x += k
    return x


def writer(i):
    time.sleep(0.3)  # the worker pool is up by now: threads run on pool workers too
    spin()
    try:
        for j in range(50):
            with lock:
                out.write('thread %d line %d\n' % (i, j))
        with lock:
            print('%d wrote' % i, file=out, end='\n')
    except Exception as e:
        errors.append('%s: %s' % (type(e).__name__, e))


ts = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('closed before:', out.closed)
out.close()
print('closed after:', out.closed)
print('errors:', errors)
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), 'lines')
print(sorted(lines)[:3], sorted(lines)[-3:])
for i in range(4):
    mine = [l for l in lines if l.startswith('thread %d ' % i)]
    print(i, mine == ['thread %d line %d' % (i, j) for j in range(50)], ('%d wrote' % i) in lines)

# one file object read line by line by several threads
inp = open(path)
seen = []


def reader():
    time.sleep(0.2)
    spin()
    while True:
        with lock:
            line = inp.readline()
        if not line:
            break
        seen.append(line)


rs = [threading.Thread(target=reader) for _ in range(3)]
for t in rs:
    t.start()
for t in rs:
    t.join()
print('read back:', len(seen), sorted(seen) == sorted(l + '\n' for l in lines), inp.tell() == os.path.getsize(path))
inp.close()

# a file opened and written in a thread, finished by main
holder = []


def opener():
    time.sleep(0.2)
    spin()
    f = open(os.path.join(tmp, 'from_thread.bin'), 'wb')
    f.write(b'abc')
    holder.append(f)


t = threading.Thread(target=opener)
t.start()
t.join()
f = holder[0]
f.write(b'def\n')
print(f.tell(), f.name.endswith('from_thread.bin'), f.mode)
f.close()
with open(os.path.join(tmp, 'from_thread.bin'), 'rb') as f:
    print(f.read())
os.remove(path)
os.remove(os.path.join(tmp, 'from_thread.bin'))
os.rmdir(tmp)
