# A trace function that stops tracing at every event of a multi-line stepped slice (BUILD_SLICE 3
# + BINARY_SUBSCR) and slice assignment (BUILD_SLICE 2 + STORE_SUBSCR): the pairs, fused for run()
# when not tracing (interp/quicken.ts RQ_SLICE3_SUBSCR, RQ_SLICE_STORE), must still subscript and
# store with the slice made when tracing stops between the two words.
import sys
def f(x, a, b):
    y = (x
         [a:
          b:
          -1])
    x[b:
      a] = (
        y)
    return y, x
base = f.__code__.co_firstlineno
for k in range(12):
    events = []
    def tracer(frame, event, arg, k=k):
        if frame.f_code.co_name != 'f':
            return tracer
        events.append((event, frame.f_lineno - base))
        if len(events) > k:
            frame.f_trace = None
            sys.settrace(None)
            return None
        return tracer
    sys.settrace(tracer)
    r = f([1, 2, 3, 4, 5, 6], 4, 1)
    sys.settrace(None)
    print(k, r, events)
