"""asyncio for pystm: a small single-threaded event loop written from scratch.

What is here: run, new_event_loop/get_event_loop/get_running_loop/set_event_loop, the loop
(call_soon, call_later, call_at, time, create_future, create_task, run_until_complete,
run_forever, stop, close), Future, Task (with cancellation), sleep, gather, wait_for, wait,
as_completed, shield, timeout, TaskGroup, current_task, all_tasks, ensure_future, iscoroutine,
Event, Lock, Semaphore, BoundedSemaphore, Condition, Queue (plus PriorityQueue, LifoQueue) and
the exceptions (CancelledError, TimeoutError, InvalidStateError, QueueEmpty, QueueFull).

Invariants: one loop runs at a time per thread; callbacks run in FIFO order and timers in
(deadline, scheduling order). The loop's clock (loop.time()) is virtual: it starts at
time.monotonic() and moves only when nothing is ready, jumping to the next deadline, so the
order in which sleeping tasks wake depends on their sleep lengths alone, never on how fast the
interpreter runs. Each jump is also a real time.sleep of the same length, so wall-clock
timings printed by programs are at least CPython's (a task that computes for a long time does
not advance the loop's clock, unlike CPython's). There is no I/O selector: no sockets, streams or
subprocesses.
"""

import time as _time
import heapq as _heapq
import sys as _sys
import weakref as _weakref
from collections import deque as _deque

__all__ = [
    'run', 'sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'shield', 'timeout',
    'create_task', 'ensure_future', 'current_task', 'all_tasks', 'get_event_loop',
    'get_running_loop', 'new_event_loop', 'set_event_loop', 'iscoroutine', 'iscoroutinefunction',
    'Future', 'Task', 'TaskGroup', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'CancelledError',
    'TimeoutError', 'InvalidStateError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'AbstractEventLoop', 'Handle', 'TimerHandle', 'isfuture',
    'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy', 'get_event_loop_policy', 'set_event_loop_policy',
]


# ── exceptions ───────────────────────────────────────────────────────────────

class CancelledError(BaseException):
    """The Task or Future was cancelled."""


TimeoutError = TimeoutError  # 3.11: asyncio.TimeoutError is the builtin


class InvalidStateError(Exception):
    """The operation is not allowed in this state of the Future."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


CancelledError.__module__ = InvalidStateError.__module__ = 'asyncio.exceptions'
QueueEmpty.__module__ = QueueFull.__module__ = 'asyncio.queues'


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, '__await__') and hasattr(obj, 'send') and hasattr(obj, 'throw')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return isinstance(obj, Future)


# ── handles ──────────────────────────────────────────────────────────────────

class Handle:
    """A callback scheduled on the loop; cancel() stops it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A Handle that runs at a deadline of the loop's clock."""

    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when

    def when(self):
        return self._when


# ── the event loop ───────────────────────────────────────────────────────────

_running_loop = None
_current_loop = None


class AbstractEventLoop:
    pass


class _EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._timers = []          # heap of (when, seq, TimerHandle)
        self._seq = 0
        self._running = False
        self._stopping = False
        self._closed = False
        self._tasks = []           # every task created on this loop, in creation order
        self._task_counter = 0
        self._exception_handler = None
        self._debug = False
        self._clock = _time.monotonic()
        self._asyncgens = _weakref.WeakSet()   # async generators first iterated under this loop
        self._asyncgens_shutdown_called = False

    # time and scheduling
    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self, context)
        self._seq += 1
        _heapq.heappush(self._timers, (when, self._seq, h))
        return h

    # futures and tasks
    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # running
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        old_agen_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            _sys.set_asyncgen_hooks(*old_agen_hooks)

    # async generators: closed when collected (their aclose() is scheduled) or at shutdown
    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def _done(fut):
            self.stop()

        future.add_done_callback(_done)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0][2]._cancelled:
            _heapq.heappop(timers)
        if not self._ready and timers and not self._stopping:
            delay = timers[0][0] - self._clock
            if delay > 0:
                _time.sleep(delay)
                self._clock = timers[0][0]
        now = self._clock
        while timers and timers[0][0] <= now:
            h = _heapq.heappop(timers)[2]
            if not h._cancelled:
                self._ready.append(h)
        if not self._ready and not timers and not self._stopping:
            # nothing can ever happen again: a coroutine waits on a future nobody completes
            raise RuntimeError('Event loop has nothing left to run (a task waits forever)')
        n = len(self._ready)
        for _ in range(n):
            h = self._ready.popleft()
            if not h._cancelled:
                try:
                    h._run()
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    self.call_exception_handler({'message': 'Exception in callback', 'exception': exc, 'handle': h})

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    async def shutdown_asyncgens(self):
        """aclose() every async generator still alive that was first iterated on this loop."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        msg = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        print(msg, file=_sys.stderr)
        if exc is not None:
            print(f'{type(exc).__name__}: {exc}', file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            self._exception_handler(self, context)
        else:
            self.default_exception_handler(context)

    def run_in_executor(self, executor, func, *args):
        # no threads here: run the function now and hand back a finished future
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut


def new_event_loop():
    if _event_loop_policy is not None and type(_event_loop_policy) is not DefaultEventLoopPolicy:
        return _event_loop_policy.new_event_loop()
    return _EventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop_policy is not None and type(_event_loop_policy) is not DefaultEventLoopPolicy:
        return _event_loop_policy.get_event_loop()
    if _current_loop is None or _current_loop._closed:
        _current_loop = _EventLoop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    if _event_loop_policy is not None and type(_event_loop_policy) is not DefaultEventLoopPolicy:
        _event_loop_policy.set_event_loop(loop)
        return
    _current_loop = loop


# ── event loop policies (CPython's API; the default policy is the functions above) ──────────────

class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The one event loop of the main thread (get_event_loop makes one when there is none)."""

    def get_event_loop(self):
        global _current_loop
        if _current_loop is None or _current_loop._closed:
            _current_loop = _EventLoop()
        return _current_loop

    def set_event_loop(self, loop):
        global _current_loop
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        _current_loop = loop

    def new_event_loop(self):
        return _EventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy; None restores the default."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


# ── futures ──────────────────────────────────────────────────────────────────

class _Yield:
    """`await _Yield()` gives the loop one turn (a bare yield to the task)."""

    __slots__ = ()

    def __await__(self):
        yield


class Future:
    """A result that arrives later; awaiting it suspends the task until it is done."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        n = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return n

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += f' exception={self._exception!r}'
            else:
                state += f' result={self._result!r}'
        return f'<{type(self).__name__} {state}>'

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.done():
        fut.set_result(result)


# ── tasks ────────────────────────────────────────────────────────────────────

_current_tasks = {}   # loop -> task running now


class Task(Future):
    """Runs a coroutine on the loop, step by step, as the futures it awaits complete."""

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop._task_counter += 1
        self._name = str(name) if name is not None else f'Task-{self._loop._task_counter}'
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def __repr__(self):
        state = self._state.lower()
        extra = ''
        if self._state == _FINISHED:
            if self._exception is not None:
                extra = f' exception={self._exception!r}'
            else:
                extra = f' result={self._result!r}'
        qual = getattr(self._coro, '__qualname__', '?')
        return f"<Task {state} name='{self._name}' coro=<{qual}()>{extra}>"

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _current_tasks[loop] = self
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                if result is self:
                    loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                elif result._loop is not loop:
                    loop.call_soon(self._step, RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop'))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                loop.call_soon(self._step)
            else:
                loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            _current_tasks.pop(loop, None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


# ── combinators ──────────────────────────────────────────────────────────────

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for arg in coros_or_futures:
        key = id(arg)
        if key in seen:
            fut = seen[key]
        else:
            fut = ensure_future(arg, loop=loop)
            seen[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'done': 0}
    unique = len(seen)

    def _child_done(fut):
        state['done'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()   # mark as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == unique:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(f._make_cancelled_error())
                elif f.exception() is not None:
                    results.append(f.exception())
                else:
                    results.append(f.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    done_set = set()
    for fut in children:
        if id(fut) in done_set:
            continue
        done_set.add(id(fut))
        fut.add_done_callback(_child_done)
    return outer


async def wait_for(aw, timeout):
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        raise TimeoutError()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)

    def _on_done(_):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(_on_done)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(_on_done)
            fut.cancel()
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(_on_done)
        fut.cancel()
        try:
            await fut
        except CancelledError:
            pass
        else:
            return fut.result()
        raise TimeoutError()
    finally:
        h.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    fs = list(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    futs = [ensure_future(f, loop=loop) for f in fs]
    waiter = loop.create_future()
    counter = [len(futs)]

    def _on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if not waiter.done():
                waiter.set_result(None)

    h = None
    if timeout is not None:
        h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    pending_now = [f for f in futs if not f.done()]
    if pending_now and not (return_when == FIRST_COMPLETED and len(pending_now) < len(futs)):
        for f in pending_now:
            f.add_done_callback(_on_done)
        counter[0] = len(pending_now)
        try:
            await waiter
        finally:
            if h is not None:
                h.cancel()
            for f in pending_now:
                f.remove_done_callback(_on_done)
    done, pending = set(), set()
    for f in futs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    finished = _deque()
    waiters = _deque()

    def _on_done(f):
        if f in todo:
            todo.remove(f)
        finished.append(f)
        if waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(_on_done)

    async def _next_done():
        if not finished:
            w = loop.create_future()
            waiters.append(w)
            if timeout is not None:
                h = loop.call_later(timeout, _set_result_unless_cancelled, w, None)
            await w
            if not finished:
                raise TimeoutError()
        return finished.popleft().result()

    for _ in range(len(todo)):
        yield _next_done()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(_inner_done)
    return outer


class timeout:
    """`async with asyncio.timeout(delay):` cancels the body after delay seconds and raises
    TimeoutError in its place."""

    _when_at = None

    def __init__(self, delay):
        self._delay = delay
        self._task = None
        self._handle = None
        self._expired = False

    def when(self):
        return None if self._handle is None else self._handle.when()

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()
        self._handle = None

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        loop = get_running_loop()
        if self._when_at is not None:
            self._handle = loop.call_at(self._when_at, self._on_timeout)
        elif self._delay is not None:
            self._handle = loop.call_at(loop.time() + self._delay, self._on_timeout)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is not None and issubclass(exc_type, CancelledError):
            self._task.uncancel()
            raise TimeoutError from exc
        return None


def timeout_at(when):
    """Like timeout(), with an absolute deadline of the loop's clock."""
    t = timeout(None)
    t._when_at = when
    return t


class TaskGroup:
    """`async with TaskGroup() as tg:` waits for every task created with tg.create_task; the
    first failure cancels the others and the failures are raised as one ExceptionGroup."""

    def __init__(self):
        self._tasks = []
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._waiter = None
        self._loop = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup has already been entered')
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup is finished')
        if self._aborting:
            coro.close()
            raise RuntimeError('TaskGroup is shutting down')
        task = self._loop.create_task(coro, name=name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._waiter is not None and not self._tasks and not self._waiter.done():
            self._waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._exiting and self._parent_task is not None:
                self._parent_task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and not isinstance(exc, CancelledError) and isinstance(exc, Exception):
            if not self._aborting:
                self._abort()
        if et is not None and issubclass(et, CancelledError) and not self._errors:
            propagate_cancel = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            except CancelledError as e:
                if not self._aborting:
                    self._abort()
                propagate_cancel = e
            self._waiter = None
        if self._errors and self._parent_task is not None and self._parent_task.cancelling():
            self._parent_task.uncancel()
            propagate_cancel = None
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if et is not None and not issubclass(et, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None
        return None


# ── running a program ────────────────────────────────────────────────────────

def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for t in to_cancel:
        t.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for t in to_cancel:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({'message': 'unhandled exception during asyncio.run() shutdown',
                                         'exception': t.exception(), 'task': t})


class Runner:
    """`with asyncio.Runner() as r: r.run(coro)` runs several coroutines on one loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._factory = loop_factory

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        if self._loop is None:
            self._loop = self._factory() if self._factory is not None else new_event_loop()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
        return self._loop

    def run(self, coro, *, context=None):
        loop = self.get_loop()
        set_event_loop(loop)
        return loop.run_until_complete(coro)

    def close(self):
        if self._loop is not None:
            try:
                _cancel_all_tasks(self._loop)
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            finally:
                self._loop.close()
                set_event_loop(None)


# ── synchronization primitives ───────────────────────────────────────────────

class Event:
    """A flag tasks can wait for."""

    def __init__(self):
        self._value = False
        self._waiters = _deque()

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    """A mutual-exclusion lock for tasks; waiters acquire it in FIFO order."""

    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return


class Semaphore(_ContextManagerMixin):
    """A counter of available slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(True)
                break


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Condition(_ContextManagerMixin):
    """wait()/notify() on top of a Lock."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = _deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
            await self.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in list(self._waiters):
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


# ── queues ───────────────────────────────────────────────────────────────────

class Queue:
    """A FIFO queue for tasks: get() waits while empty, put() waits while full."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} maxsize={self._maxsize!r} qsize={self.qsize()}>'

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Retrieves the smallest entry first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


def to_thread(func, *args, **kwargs):
    # threads are not available to asyncio here: run the call on the loop's turn
    async def _run():
        return func(*args, **kwargs)
    return _run()
