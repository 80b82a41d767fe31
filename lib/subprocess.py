"""subprocess for pystm: run child processes and collect their output, with CPython's API for the
common uses: run, call, check_call, check_output, getoutput, getstatusoutput, CompletedProcess,
CalledProcessError, TimeoutExpired, PIPE/STDOUT/DEVNULL, list2cmdline, and Popen.

A JS host cannot fork, so each child runs to its end inside one call of the native
_pystm_subprocess.spawn (Node's spawnSync): the calling thread waits for it (in an inevitable
transaction, as for any blocking I/O), and pipes carry the whole input in and the whole output
out at once. run()/call()/check_*() behave exactly as CPython's, timeouts included. A Popen is
run-to-completion: with no pipe it runs when it is made; with pipes it runs at the first
communicate(), wait(), poll(), read of its stdout/stderr, or use of pid, after the input written
to its stdin; so talking to a live child back and forth (a REPL, a server) is not possible, and
terminate()/kill() only act on a child that has not run yet (it never runs).
Written for pystm.
"""

import os
import sys
import _pystm_subprocess as _native

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess', 'list2cmdline']

PIPE = _native.PIPE
STDOUT = _native.STDOUT
DEVNULL = _native.DEVNULL
_mswindows = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True (or check_call/check_output) sees a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = property(lambda self: self.output, lambda self, value: setattr(self, 'output', value),
                      doc='Alias for output attribute, to match stderr')


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = CalledProcessError.stdout


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """A sequence of arguments as one command line, quoted as the MS C runtime parses it."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def _argv(args, shell, executable):
    """The child's argv: args as a list of str, under /bin/sh -c for shell=True; argv[0]
    resolved on PATH (FileNotFoundError as CPython's when there is no such program)."""
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        args = [args]
    else:
        args = list(args)
    argv = [os.fsdecode(a) for a in args]
    if shell:
        argv = ['/bin/sh', '-c'] + argv
        if executable is not None:
            argv[0] = os.fsdecode(executable)
        return argv
    if not argv:
        raise IndexError('list index out of range')
    if executable is not None:
        argv[0] = os.fsdecode(executable)
    return argv


def _resolve(program, env):
    if '/' in program:
        if os.path.exists(program):
            return program
        raise FileNotFoundError(2, 'No such file or directory', program)
    path = (env if env is not None else os.environ).get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        candidate = os.path.join(d or '.', program)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise FileNotFoundError(2, 'No such file or directory', program)


def _stream_code(v, name):
    if v is None or v in (PIPE, DEVNULL) or (name == 'stderr' and v == STDOUT):
        return v
    if isinstance(v, int):
        if v < 0:
            raise ValueError(f'bad value for {name}: {v}')
        return v
    if hasattr(v, 'fileno'):
        if hasattr(v, 'flush'):
            v.flush()
        return v.fileno()
    raise TypeError(f'{name} must be None, PIPE, DEVNULL, an int or a file object, not {type(v).__name__}')


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


def _spawn(argv, cwd, env, stdin, stdout, stderr, input, timeout):
    """Runs the child to its end: (pid, returncode, out bytes or None, err bytes or None,
    timed_out)."""
    if cwd is not None:
        cwd = os.fsdecode(cwd)
    if env is not None:
        env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
    if not (argv[:2] == ['/bin/sh', '-c']):
        argv[0] = _resolve(argv[0], env)
    if timeout is not None and timeout <= 0:
        timeout = 0.001
    return _native.spawn(argv, cwd, env, _stream_code(stdin, 'stdin'), _stream_code(stdout, 'stdout'),
                         _stream_code(stderr, 'stderr'), input, timeout)


def _text_settings(text, universal_newlines, encoding, errors):
    if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
        raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                              'supplied but different. Pass one or the other.')
    text_mode = bool(encoding or errors or text or universal_newlines)
    if text_mode and encoding is None:
        encoding = 'utf-8'
    return text_mode, encoding, errors or 'strict'


class _PendingWriter:
    """A Popen's stdin before its child runs: what is written is the child's input."""

    def __init__(self, popen, text_mode, encoding, errors):
        self._popen = popen
        self._parts = []
        self._text = text_mode
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            self._parts.append(data.encode(self._encoding, self._errors))
        else:
            self._parts.append(bytes(data))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file')

    def close(self):
        self.closed = True

    def fileno(self):
        raise OSError('pystm: the stdin pipe of a Popen that has not run has no descriptor')

    def writable(self):
        return True

    def readable(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _data(self):
        return b''.join(self._parts)


class _PendingReader:
    """A Popen's stdout/stderr: the child runs at the first read; then a stream over its output."""

    def __init__(self, popen, which):
        self._popen = popen
        self._which = which
        self._stream = None
        self.closed = False

    def _get(self):
        if self._stream is None:
            self._popen._run(None)
            import io
            data = self._popen._out if self._which == 'stdout' else self._popen._err
            stream = io.BytesIO(data or b'')
            if self._popen.text_mode:
                stream = io.StringIO(_translate_newlines(data or b'', self._popen.encoding,
                                                         self._popen.errors))
            self._stream = stream
        return self._stream

    def read(self, size=-1):
        return self._get().read(size)

    def read1(self, size=-1):
        return self._get().read(size)

    def readline(self, size=-1):
        return self._get().readline(size)

    def readlines(self, hint=-1):
        return self._get().readlines(hint)

    def __iter__(self):
        return iter(self._get())

    def readable(self):
        return True

    def writable(self):
        return False

    def fileno(self):
        raise OSError('pystm: a Popen pipe has no descriptor (the output is collected in memory)')

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Popen:
    """A child process, run to completion (see the module's docstring): with no pipe it runs as
    it is made; with pipes, at the first communicate()/wait()/poll()/read/pid."""

    _run_when_made = True

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError('pystm: preexec_fn is not supported (a JS host cannot fork)')
        if pass_fds:
            raise NotImplementedError('pystm: pass_fds is not supported')
        self.args = args
        self.text_mode, self.encoding, self.errors = _text_settings(text, universal_newlines,
                                                                    encoding, errors)
        self.universal_newlines = self.text_mode
        self._argv = _argv(args, shell, executable)
        self._shell = shell
        self._cwd = cwd
        self._env = env
        self._stdin_spec, self._stdout_spec, self._stderr_spec = stdin, stdout, stderr
        self.returncode = None
        self._pid = None
        self._out = self._err = None
        self._ran = False
        self.stdin = _PendingWriter(self, self.text_mode, self.encoding, self.errors) if stdin == PIPE else None
        self.stdout = _PendingReader(self, 'stdout') if stdout == PIPE else None
        self.stderr = _PendingReader(self, 'stderr') if stderr == PIPE else None
        if stdin != PIPE:
            for spec in (stdin, stdout, stderr):
                if spec is not None and spec not in (PIPE, DEVNULL, STDOUT):
                    _stream_code(spec, 'stream')   # a bad argument fails here, as CPython's
        if PIPE not in (stdin, stdout, stderr) and self._run_when_made:
            self._run(None)
        elif not (self._argv[:2] == ['/bin/sh', '-c']):
            self._argv[0] = _resolve(self._argv[0], None if env is None else
                                     {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()})

    def _run(self, timeout, input=None):
        if self._ran:
            return
        data = input
        if self.stdin is not None and data is None:
            data = self.stdin._data()
        try:
            pid, code, out, err, timed_out = _spawn(
                self._argv, self._cwd, self._env,
                None if self._stdin_spec == PIPE else self._stdin_spec,
                self._stdout_spec, self._stderr_spec, data if self._stdin_spec == PIPE else None,
                timeout)
        finally:
            self._ran = True
        self._pid, self.returncode, self._out, self._err = pid, code, out, err
        if timed_out:
            raise TimeoutExpired(self.args, timeout, output=self._decoded(out),
                                 stderr=self._decoded(err))

    def _decoded(self, data):
        if data is None or not self.text_mode:
            return data
        return _translate_newlines(data, self.encoding, self.errors)

    @property
    def pid(self):
        self._run(None)
        return self._pid

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()

    def poll(self):
        self._run(None)
        return self.returncode

    def wait(self, timeout=None):
        self._run(timeout)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Sends input to the child (it runs now if it has not), returns (stdout, stderr)."""
        if self._ran and input:
            raise ValueError('Cannot send input after starting communication')
        if self.stdin is None:
            input = None   # (CPython writes input only to a stdin pipe)
        else:
            if input is not None and self.text_mode:
                input = input.encode(self.encoding, self.errors)
            input = self.stdin._data() + (input or b'')
        self._run(timeout, input)
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is None and not self._ran:
            self._ran = True
            self.returncode = -sig

    def terminate(self):
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self.send_signal(signal.SIGKILL)


class _WaitedPopen(Popen):
    """A Popen its maker waits for at once (run, call): the child runs at that wait, so that
    the wait's timeout bounds it."""
    _run_when_made = False


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, and returns a CompletedProcess (CPython's run())."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with _WaitedPopen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit status."""
    with _WaitedPopen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    """Runs a command; CalledProcessError when its exit status is not 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; CalledProcessError on a non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, stderr included, without the final newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, stderr included, without the final newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
