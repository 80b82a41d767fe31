# signal.default_int_handler raises KeyboardInterrupt; raise_signal runs a Python handler at once
# (with the signal number and a frame) and SIG_IGN ignores it; bad numbers raise OSError.
import signal

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.raise_signal(signal.SIGINT)
    print('not reached')
except KeyboardInterrupt:
    print('raise_signal(SIGINT) raised KeyboardInterrupt')
got = []
old = signal.signal(signal.SIGUSR1, lambda signum, frame: got.append((signum, type(frame).__name__)))
print(repr(old))
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(got)
def boom(signum, frame):
    raise RuntimeError('from the handler')
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('handler raised:', e)
try:
    signal.raise_signal(99)
except OSError as e:
    print('OSError', e)
