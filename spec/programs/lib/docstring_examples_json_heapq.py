# The docstrings of json, JSONEncoder.encode and heapq.merge carry examples that hold (CPython's
# test_json and test_heapq run them with doctest.DocTestSuite: a module without examples is a test
# that never runs). This program finds the `>>>` examples itself (pystm's lib has no doctest),
# runs each as the interactive prompt would and compares the output.
import io
import sys
import json
import json.encoder
import heapq


def examples(doc):
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith('>>> '):
            indent = lines[i].index('>>>')
            src = [lines[i][indent + 4:]]
            i += 1
            while i < len(lines) and lines[i].strip().startswith('...'):
                src.append(lines[i][indent + 4:])
                i += 1
            want = []
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith('>>>'):
                want.append(lines[i][indent:])
                i += 1
            yield '\n'.join(src) + '\n', ''.join(w + '\n' for w in want)
        else:
            i += 1


def run(doc, globs):
    found = failed = 0
    for src, want in examples(doc):
        found += 1
        out = io.StringIO()
        saved = sys.stdout
        sys.stdout = out
        try:
            exec(compile(src, '<example>', 'single'), globs)
        except Exception as e:
            print('%s: %s' % (type(e).__name__, e))
        finally:
            sys.stdout = saved
        if out.getvalue() != want:
            failed += 1
            print('  differs:', src.strip(), repr(out.getvalue()), repr(want))
    return found > 0, failed


print('json:', run(json.__doc__, dict(vars(json))))
print('JSONEncoder.encode:', run(json.encoder.JSONEncoder.encode.__doc__, dict(vars(json.encoder))))
print('heapq.merge:', run(heapq.merge.__doc__, dict(vars(heapq))))
