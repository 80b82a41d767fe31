# Patterns compiled at module level are used in threads (which may run on other workers), and a
# pattern compiled in a thread is used by the main thread.
import re
import threading
import time

WORD = re.compile(r'(?P<word>[a-z]+)-(?P<num>\d+)')
SPLIT = re.compile(rb'[,;]\s*')
results = {}
lock = threading.Lock()
made = []


def spin():
    x = 0
    for k in range(100000):
        x += k
    return x


def work(i):
    time.sleep(0.3)  # the worker pool is up by now: threads run on pool workers too
    spin()
    text = 'alpha-%d beta-%d gamma-%d' % (i, i * 10, i * 100)
    try:
        m = WORD.search(text)
        r = [m.group('word'), m.group('num'), m.span(),
             WORD.findall(text),
             [m.groupdict() for m in WORD.finditer(text)],
             WORD.sub(lambda m: m.group(2) + m.group(1), text),
             WORD.sub(r'\g<num>=\1', text, count=1),
             SPLIT.split(b'a, b;c,  d%d' % i),
             re.match(r'\w+', text).group(),
             WORD.fullmatch('x-1') is not None]
        p = re.compile(r'(\d)(\d)?' * (i + 1))
        made.append((i, p))
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    with lock:
        results[i] = r


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(results):
    print(i, results[i])
for i, p in sorted(made, key=lambda x: x[0]):
    print(i, p.pattern, p.groups, p.match('123456789').groups())
