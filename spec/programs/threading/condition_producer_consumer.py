# Producer/consumer over a Condition: every item is consumed exactly once, in order.
import threading

cond = threading.Condition()
items = []
consumed = []
DONE = object()


def producer():
    for i in range(200):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items[0]
            if item is DONE:
                return
            items.pop(0)
        consumed.append(item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(len(consumed), consumed == list(range(200)))
