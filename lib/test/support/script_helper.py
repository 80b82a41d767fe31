# test.support.script_helper: running a child interpreter (sys.executable, i.e. bin/pystm) to its
# end with lib/subprocess.py, as CPython's helpers do, for assert_python_ok/failure,
# run_python_until_end, spawn_python/kill_python and the make_script family.
# Differences from CPython's, all because of pystm: the child is not started with -I/-E (pystm's
# command line has no isolated mode); it gets PYTHONPATH set to the parent's sys.path entries
# (the driver of CPython's tests appends the standard library there) and keeps PATH under
# __cleanenv; a child that runs longer than CHILD_TIMEOUT seconds is killed and fails the test
# (a JS host runs children synchronously: lib/NOTES.md "subprocess"), and a spawned child runs
# when its output is first read, with everything written to its stdin as input.
import collections
import os
import os.path
import subprocess
import sys

from test import support

CHILD_TIMEOUT = 120.0

__cached_interp_requires_environment = None


def interpreter_requires_environment():
    """Whether the interpreter needs environment variables to run: never for pystm."""
    return False


class _PythonRunResult(collections.namedtuple("_PythonRunResult", ("rc", "out", "err"))):
    """Helper for reporting Python subprocess run results"""

    def fail(self, cmd_line):
        """Provide helpful details about failed subcommand runs"""
        maxlen = 80 * 100
        out, err = self.out, self.err
        if len(out) > maxlen:
            out = b'(... truncated stdout ...)' + out[-maxlen:]
        if len(err) > maxlen:
            err = b'(... truncated stderr ...)' + err[-maxlen:]
        out = out.decode('ascii', 'replace').rstrip()
        err = err.decode('ascii', 'replace').rstrip()
        raise AssertionError("Process return code is %d\n"
                             "command line: %r\n"
                             "\n"
                             "stdout:\n"
                             "---\n"
                             "%s\n"
                             "---\n"
                             "\n"
                             "stderr:\n"
                             "---\n"
                             "%s\n"
                             "---"
                             % (self.rc, cmd_line, out, err))


def _child_path():
    lib = os.path.dirname(os.path.dirname(support.TEST_SUPPORT_DIR or __file__))
    keep = [p for p in sys.path if p and os.path.abspath(p) != os.path.abspath(lib)]
    return os.pathsep.join(keep)


def run_python_until_end(*args, **env_vars):
    cwd = env_vars.pop('__cwd', None)
    env_vars.pop('__isolated', None)
    cmd_line = [sys.executable, '-X', 'faulthandler']
    if env_vars.pop('__cleanenv', None):
        env = {}
        if 'PATH' in os.environ:
            env['PATH'] = os.environ['PATH']
    else:
        env = os.environ.copy()
        path = _child_path()
        if path:
            old = env.get('PYTHONPATH')
            env['PYTHONPATH'] = path + (os.pathsep + old if old else '')
    if 'TERM' not in env_vars:
        env['TERM'] = ''
    env.update(env_vars)
    cmd_line.extend(args)
    proc = subprocess.Popen(cmd_line, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=cwd)
    with proc:
        try:
            out, err = proc.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise AssertionError("pystm: the child interpreter ran longer than %s s: %r"
                                 % (CHILD_TIMEOUT, cmd_line))
    rc = proc.returncode
    return _PythonRunResult(rc, out, err), cmd_line


def _assert_python(expected_success, /, *args, **env_vars):
    res, cmd_line = run_python_until_end(*args, **env_vars)
    if (res.rc and expected_success) or (not res.rc and not expected_success):
        res.fail(cmd_line)
    return res


def assert_python_ok(*args, **env_vars):
    """Run the interpreter with `args` and env_vars; assert it succeeds (rc == 0) and return a
    (return code, stdout, stderr) tuple. __cleanenv: env_vars is the whole environment."""
    return _assert_python(True, *args, **env_vars)


def assert_python_failure(*args, **env_vars):
    """As assert_python_ok, asserting that the interpreter fails (rc != 0)."""
    return _assert_python(False, *args, **env_vars)


def spawn_python(*args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw):
    """A Popen of the interpreter with args (run when its output is first read)."""
    cmd_line = [sys.executable]
    cmd_line.extend(args)
    env = kw.setdefault('env', dict(os.environ))
    env['TERM'] = 'vt100'
    path = _child_path()
    if path and 'PYTHONPATH' not in env:
        env['PYTHONPATH'] = path
    return subprocess.Popen(cmd_line, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr, **kw)


def kill_python(p):
    """Run the given Popen process until completion and return stdout."""
    p.stdin.close()
    data = p.stdout.read()
    p.stdout.close()
    p.wait()
    return data


def make_script(script_dir, script_basename, source, omit_suffix=False):
    script_filename = script_basename
    if not omit_suffix:
        script_filename += os.extsep + 'py'
    script_name = os.path.join(script_dir, script_filename)
    with open(script_name, 'w', encoding='utf-8') as script_file:
        script_file.write(source)
    try:
        import importlib
        importlib.invalidate_caches()
    except (ImportError, AttributeError):
        pass
    return script_name


def make_pkg(pkg_dir, init_source=''):
    os.mkdir(pkg_dir)
    make_script(pkg_dir, '__init__', init_source)


def make_zip_script(zip_dir, zip_basename, script_name, name_in_zip=None):
    import zipfile
    zip_filename = zip_basename + os.extsep + 'zip'
    zip_name = os.path.join(zip_dir, zip_filename)
    with zipfile.ZipFile(zip_name, 'w') as zip_file:
        if name_in_zip is None:
            name_in_zip = os.path.basename(script_name)
        zip_file.write(script_name, name_in_zip)
    return zip_name, os.path.join(zip_name, name_in_zip)


def run_test_script(script):
    assert_python_ok("-u", script, "-v")
