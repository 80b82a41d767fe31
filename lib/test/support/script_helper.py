# test.support.script_helper: running a child interpreter is not supported by pystm (no
# subprocess module), so every helper raises SkipTest; tests that need one are skipped.
import unittest


def _no_subprocess(*args, **kwargs):
    raise unittest.SkipTest("pystm: running a child interpreter (subprocess) is not supported")


assert_python_ok = _no_subprocess
assert_python_failure = _no_subprocess
run_python_until_end = _no_subprocess
spawn_python = _no_subprocess
kill_python = _no_subprocess
make_script = _no_subprocess
interpreter_requires_environment = lambda: False
