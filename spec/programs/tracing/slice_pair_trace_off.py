# A trace function that stops tracing between a slice's BUILD_SLICE and its BINARY_SUBSCR (the
# subscript's line comes back after the slice's own line): the pair, fused for run() when not
# tracing (interp/quicken.ts RQ_SLICE_SUBSCR), must still subscript with the slice made.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name != 'f':
        return tracer
    events.append((event, frame.f_lineno - base))
    if event == 'line' and len(events) >= 4:
        sys.settrace(None)
        frame.f_trace = None
        return None
    return tracer
def f(x, a, b):
    y = (x
         [a:
          b])
    z = (x
         [b:])
    return y, z
base = f.__code__.co_firstlineno
sys.settrace(tracer)
r = f([1, 2, 3, 4, 5], 1, 3)
sys.settrace(None)
print(r)
print(events)
for k in range(6):
    events = []
    def tracer2(frame, event, arg, k=k):
        if frame.f_code.co_name != 'f':
            return tracer2
        events.append((event, frame.f_lineno - base))
        if len(events) > k:
            frame.f_trace = None
            sys.settrace(None)
            return None
        return tracer2
    sys.settrace(tracer2)
    r = f((1, 2, 3, 4, 5), -4, -1)
    sys.settrace(None)
    print(k, r, events)
