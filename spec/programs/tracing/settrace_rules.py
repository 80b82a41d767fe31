# Trace function rules: a 'call' result of None leaves the frame untraced, a local result
# replaces f_trace, f_trace set on running frames (as pdb's set_trace does), f_trace_lines off,
# opcode events, gettrace, a raising trace function turns tracing off, exception events through
# several frames, the 'return' None of a frame an exception leaves, and no events inside the
# trace function itself.
import sys

out = []
def short(frame):
    return frame.f_code.co_name

def only_b(frame, event, arg):
    out.append(("global", short(frame), event))
    if short(frame) == "b":
        return local_b
    return None

def local_b(frame, event, arg):
    out.append(("local", short(frame), event, frame.f_lineno))
    helper()  # not traced: events are off while a trace function runs
    if event == "line" and frame.f_lineno == 31:
        return local_b2
    return None  # keeps local_b (None does not turn the frame's tracing off)

def local_b2(frame, event, arg):
    out.append(("local2", short(frame), event))
    return local_b2

def helper():
    return 1

def a():
    return b() + 1

def b():
    x = 1
    y = 2
    return x + y

sys.settrace(only_b)
a()
sys.settrace(None)
print(sys.gettrace())

# f_trace on the running frame, then settrace: line events start in this very frame
def running():
    seen = []
    def t(frame, event, arg):
        seen.append((short(frame), event, frame.f_lineno - running.__code__.co_firstlineno))
        return t
    f = sys._getframe()
    f.f_trace = t
    sys.settrace(t)
    z = 1
    z = 2
    sys.settrace(None)
    return seen, f.f_trace is t
print(running())

# f_trace_lines = False: no line events, call/return still come
def quiet_events():
    seen = []
    def t(frame, event, arg):
        frame.f_trace_lines = False
        seen.append((short(frame), event))
        return t
    def q():
        a = 1
        return a
    sys.settrace(t)
    q()
    sys.settrace(None)
    return seen
print(quiet_events())

# opcode events are off by default and come when asked
def opcode_events():
    count = [0, 0]
    def t(frame, event, arg):
        if short(frame) == "w":
            frame.f_trace_opcodes = True
            count[0 if event == "opcode" else 1] += 1
        return t
    def w():
        return 1 + 2
    sys.settrace(t)
    w()
    sys.settrace(None)
    return count[0] > 0, count[1]
print(opcode_events())

# a trace function that raises: the exception comes out of the traced code, tracing is off
def raising():
    def t(frame, event, arg):
        if event == "line":
            raise KeyError("from tracer")
        return t
    def victim():
        v = 1
        return v
    sys.settrace(t)
    try:
        victim()
    except KeyError as e:
        print("caught", repr(e))
    print("after", sys.gettrace())
raising()

# exceptions through frames: 'exception' in each frame, 'return' None as it leaves
def exc_events():
    seen = []
    def t(frame, event, arg):
        if event == "exception":
            seen.append((short(frame), event, arg[0].__name__, str(arg[1])))
        elif event in ("call", "return"):
            seen.append((short(frame), event, arg))
        return t
    def inner():
        raise IndexError("deep")
    def middle():
        inner()
    def outer():
        try:
            middle()
        except IndexError:
            try:
                raise
            except IndexError:
                pass
        return "done"
    sys.settrace(t)
    outer()
    sys.settrace(None)
    return seen
for e in exc_events():
    print(e)
print(sys.gettrace(), sys.getprofile())
