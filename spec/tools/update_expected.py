"""Regenerate the expected output of the golden programs with CPython 3.11 (`npm run spec:update`).

For every case spec/programs/<area>/<case>.py (not starting with '_'), or only the paths given:
run `python3 -X utf8 <case>.py` in the case's folder with PYTHONHASHSEED=0, stdin from /dev/null
and a 30 s timeout; write <case>.exp = stdout exactly; when the exit status is non-zero write
<case>.err = "exit N" + newline + the last line of stderr + newline, else remove a stale .err.
"""
import os
import pathlib
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("update_expected.py: expected output must come from CPython 3.11, this is " + sys.version.split()[0])

ROOT = pathlib.Path(__file__).resolve().parent.parent / "programs"


def cases(args):
    if args:
        return [pathlib.Path(a).resolve() for a in args]
    return sorted(p for p in ROOT.glob("*/*.py") if not p.name.startswith("_"))


def main():
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    n = 0
    for case in cases(sys.argv[1:]):
        r = subprocess.run([sys.executable, "-X", "utf8", case.name], cwd=case.parent, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
        case.with_suffix(".exp").write_bytes(r.stdout)
        err = case.with_suffix(".err")
        if r.returncode != 0:
            lines = r.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
            err.write_text(f"exit {r.returncode}\n{lines[-1]}\n", encoding="utf-8")
        elif err.exists():
            err.unlink()
        n += 1
    print(f"updated {n} cases")


if __name__ == "__main__":
    main()
