# BytesIO and StringIO __setstate__'s shared tail (io_memory_core.ts restorePosAndDict): the
# position item (int >= 0) and the __dict__ item (None or a dict merged in), with each class's
# own messages; __getstate__'s __dict__ copy. Also _csv.reader/writer's shared argument check
# and type definition (csv_dialect.ts objectAndDialect, csvObjectTypeDef).
import csv
import io
import pickle

def err(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

for cls, value in ((io.BytesIO, b'abc'), (io.StringIO, 'abc')):
    f = cls(value)
    f.extra = 1
    st = f.__getstate__()
    print(cls.__name__, st, st[-1] is f.__dict__)
    head = (value,) if cls is io.BytesIO else (value, '\n')
    g = cls()
    g.__setstate__(head + (2, {'k': 'v'}))
    print(g.tell(), g.read(), g.k)
    g.__setstate__(head + (1, None))
    print(g.tell(), g.k)
    err(g.__setstate__, head + ('1', None))
    err(g.__setstate__, head + (1.0, None))
    err(g.__setstate__, head + (-1, None))
    err(g.__setstate__, head + (0, [('k', 1)]))
    err(g.__setstate__, head + (0, 5))
    h = pickle.loads(pickle.dumps(f))
    print(type(h).__name__, h.getvalue(), h.extra)

err(csv.reader)
err(csv.reader, [], 'excel', 3)
err(csv.writer)
err(csv.writer, 5)
err(csv.writer, io.StringIO(), 'nope')
err(csv.reader, 5, 'nope')
err(csv.reader, [], 'nope')
err(type(csv.reader([])))
err(type(csv.writer(io.StringIO())))
err(pickle.dumps, csv.reader([]))
err(pickle.dumps, csv.writer(io.StringIO()))
r = csv.reader(['a;b'], delimiter=';')
print(next(r), r.line_num, r.dialect.delimiter, type(r).__name__, type(r).__module__)
w = csv.writer(io.StringIO(), 'excel-tab')
print(repr(w.dialect.delimiter), type(w).__module__, type(w).__doc__.splitlines()[0])
