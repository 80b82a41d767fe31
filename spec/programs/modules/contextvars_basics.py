# contextvars: get/set/reset with tokens, defaults, copy_context snapshots, Context.run,
# per-thread contexts, and the errors
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')
user = contextvars.ContextVar('user')
print(request.name, request.get(), user.get('fallback'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
token = request.set('r1')
print(request.get(), token.var is request, token.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
snapshot = contextvars.copy_context()
request.set('r2')
print(request.get(), snapshot[request], request in snapshot, user in snapshot, len(snapshot))
request.reset(token)
print(request.get())
try:
    request.reset(token)
except RuntimeError:
    print('RuntimeError: token used twice')


def inside(x):
    user.set('alice')
    request.set(x)
    return request.get(), user.get()


ctx = contextvars.Context()
print(ctx.run(inside, 'in-ctx'), user.get('unset'), ctx[user], sorted(v for v in ctx.values()))
try:
    ctx.run(ctx.run, inside, 'nested')
except RuntimeError:
    print('RuntimeError: already entered')
other = contextvars.ContextVar('other')
tok = other.set(1)
try:
    request.reset(tok)
except ValueError:
    print('ValueError: different ContextVar')
seen = []
request.set('main')


def worker():
    seen.append(request.get())  # a new thread starts with an empty context
    request.set('thread')
    seen.append(request.get())


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, request.get())
print(snapshot.run(request.get), contextvars.copy_context() == contextvars.copy_context())
print(contextvars.ContextVar[int])
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print(e)
