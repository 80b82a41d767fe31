# Native binascii/base64 and _csv used by 4 threads at once: each thread encodes and decodes its
# own data and writes/reads its own CSV; all of them also write rows through one shared writer,
# take records from one shared reader (each record exactly once, line_num counts every line)
# and register dialects in the shared registry. Output is checked, never interleaved.
import base64
import binascii
import csv
import io
import threading

N = 4
ROWS = 300
shared_out = []
shared_writer = csv.writer(type('W', (), {'write': staticmethod(shared_out.append)})())
lines = ['%d,"x,%d",%s\r\n' % (i, i, 'y' * (i % 7)) for i in range(N * ROWS)]
shared_reader = csv.reader(iter(lines))
taken = [[] for _ in range(N)]
errors = []


def work(k):
    try:
        data = bytes((k * 31 + i) % 256 for i in range(5000))
        for _ in range(20):
            e = base64.b64encode(data)
            assert base64.b64decode(e) == data
            assert binascii.unhexlify(binascii.hexlify(data)) == data
            assert base64.b85decode(base64.b85encode(data[:997])) == data[:997]
            assert binascii.a2b_qp(binascii.b2a_qp(data[:300])) == data[:300]
        own = io.StringIO()
        w = csv.writer(own, quoting=csv.QUOTE_NONNUMERIC)
        rows = [[k, i, 'a "b" %d' % i, i / 4] for i in range(ROWS)]
        w.writerows(rows)
        back = list(csv.reader(io.StringIO(own.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
        assert back == [[float(x) if not isinstance(x, str) else x for x in r] for r in rows], k
        for i in range(ROWS):
            shared_writer.writerow(['t%d' % k, i, 'p,q'])
        csv.register_dialect('d%d' % k, delimiter=str(k))
        for rec in shared_reader:
            taken[k].append(int(rec[0]))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors', errors)
expected = sorted('t%d,%d,"p,q"\r\n' % (k, i) for k in range(N) for i in range(ROWS))
print('shared writer rows', len(shared_out), sorted(shared_out) == expected)
got = sorted(x for t in taken for x in t)
print('shared reader records', len(got), got == list(range(N * ROWS)), 'line_num', shared_reader.line_num)
print('dialects', sorted(d for d in csv.list_dialects() if d.startswith('d')),
      [csv.get_dialect('d%d' % k).delimiter for k in range(N)])
