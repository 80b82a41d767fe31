# richards: Martin Richards' operating-system simulation. Six tasks (an idle task, a worker, two
# packet handlers and two devices) share a priority scheduler; they pass work and device packets
# through per-task queues, hold themselves, wait and release one another. Method calls, attribute
# access and linked-list walking. Size = the idle task's count (the run length).
# Checksum: the number of packets queued and of holds, which the algorithm fixes for each count.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
DATA_SIZE = 4

# task state bits
HAS_PACKET = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Put this packet at the end of `queue` (a chain of packets or None); return the head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = (HAS_PACKET | WAITING) if queue is not None else WAITING
        self.link = system.tasks
        system.tasks = self
        system.by_id[ident] = self

    def blocked(self):
        s = self.state
        return (s & HELD) != 0 or s == WAITING

    def step(self):
        if self.state == HAS_PACKET | WAITING:
            pkt = self.queue
            self.queue = pkt.link
            self.state = 0 if self.queue is None else HAS_PACKET
        else:
            pkt = None
        return self.work(pkt)

    def receive(self, sender, pkt):
        """A packet arrives for this task; return the task that should run next."""
        if self.queue is None:
            self.queue = pkt
            self.state |= HAS_PACKET
            if self.priority > sender.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.state = 0
        self.seed = 1
        self.count = count

    def work(self, pkt):
        self.count -= 1
        sysm = self.system
        if self.count == 0:
            return sysm.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return sysm.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return sysm.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def work(self, pkt):
        sysm = self.system
        if pkt is None:
            return sysm.suspend_current()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        data = pkt.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return sysm.send(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def work(self, pkt):
        sysm = self.system
        if pkt is not None:
            if pkt.kind == WORK_PACKET:
                self.work_queue = pkt.append_to(self.work_queue)
            else:
                self.device_queue = pkt.append_to(self.device_queue)
        job = self.work_queue
        if job is not None:
            pos = job.datum
            if pos < DATA_SIZE:
                dev = self.device_queue
                if dev is not None:
                    self.device_queue = dev.link
                    dev.datum = job.data[pos]
                    job.datum = pos + 1
                    return sysm.send(dev)
            else:
                self.work_queue = job.link
                return sysm.send(job)
        return sysm.suspend_current()


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.pending = None

    def work(self, pkt):
        sysm = self.system
        if pkt is None:
            p = self.pending
            if p is None:
                return sysm.suspend_current()
            self.pending = None
            return sysm.send(p)
        self.pending = pkt
        return sysm.hold_current()


class System:
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0

    def hold_current(self):
        self.holds += 1
        cur = self.current
        cur.state |= HELD
        return cur.link

    def suspend_current(self):
        cur = self.current
        cur.state |= WAITING
        return cur

    def release(self, ident):
        t = self.by_id[ident]
        t.state &= ~HELD
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, pkt):
        t = self.by_id[pkt.dest]
        self.sent += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return t.receive(self.current, pkt)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                self.current = t
                t = t.step()


def simulate(count):
    s = System()
    IdleTask(s, IDLE, 0, count)
    q = Packet(Packet(None, WORKER, WORK_PACKET), WORKER, WORK_PACKET)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(Packet(Packet(None, DEVICE_A, DEVICE_PACKET), DEVICE_A, DEVICE_PACKET), DEVICE_A, DEVICE_PACKET)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(Packet(Packet(None, DEVICE_B, DEVICE_PACKET), DEVICE_B, DEVICE_PACKET), DEVICE_B, DEVICE_PACKET)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.sent, s.holds


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rounds = 5
    sent = holds = 0
    for _ in range(rounds):
        a, b = simulate(count)
        sent += a
        holds += b
    print("richards count=%d x%d sent %d holds %d" % (count, rounds, sent, holds))


main()
