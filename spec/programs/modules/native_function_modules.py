# The __module__ of functions of modules that are native in CPython (and pickle by that name):
# time's clocks are the 'time' module's, io.open is 'io' (CPython's _io module is named 'io'),
# gc's switches are 'gc''s.
import io, time, gc, pickle, _io
for f in [time.time, time.sleep, time.perf_counter, time.monotonic, time.time_ns, io.open, gc.enable, gc.isenabled, gc.disable]:
    print(f.__qualname__, f.__module__, type(f).__name__, f)
print(_io.__name__, pickle.loads(pickle.dumps(time.time)) is time.time, pickle.dumps(time.monotonic, 0), pickle.dumps(io.open, 0))
