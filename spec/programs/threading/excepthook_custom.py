# A custom threading.excepthook receives (exc_type, exc_value, exc_traceback, thread).
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))


threading.excepthook = hook


def bad():
    raise KeyError('k')


t = threading.Thread(target=bad, name='worker')
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__
