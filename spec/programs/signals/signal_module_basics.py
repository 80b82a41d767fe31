# signal module: constants, the Signals/Handlers enums, getsignal defaults, signal() returning the
# previous handler, and CPython's errors for bad numbers and handlers.
import signal

print(repr(signal.SIGINT), int(signal.SIGTERM), signal.NSIG, repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(repr(signal.Signals(2)), repr(signal.Signals['SIGTERM']), repr(signal.SIGIOT), len(signal.Signals))
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
for bad in (0, 65, -1):
    for f in (lambda: signal.signal(bad, signal.SIG_IGN), lambda: signal.getsignal(bad)):
        try:
            f()
        except ValueError as e:
            print('ValueError', e)
for args in ((signal.SIGKILL, signal.SIG_IGN), (signal.SIGINT, 5), ('x', signal.SIG_IGN)):
    try:
        signal.signal(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)))
print(repr(signal.signal(signal.SIGINT, signal.SIG_DFL)))
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
print(signal.getsignal(signal.SIGINT))
print(signal.strsignal(2), signal.strsignal(15), signal.strsignal(32), len(signal.valid_signals()))
