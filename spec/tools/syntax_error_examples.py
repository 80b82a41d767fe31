# Syntax error examples from CPython's own Lib/test/test_syntax.py, compiled one by one.
#   python3 syntax_error_examples.py extract TEST_SYNTAX_PY OUT.json  -> the doctest sources
#   (python3 or pystm) syntax_error_examples.py compile IN.json       -> one line per source:
#   the exception type, message and (lineno, offset, end_lineno, end_offset), or "ok".
# spec/unit/syntax_errors_cpython.test.ts runs both and compares the lines.
import json
import sys


def extract(path, out):
    import doctest
    text = open(path, encoding='utf-8').read()
    start = text.index('"""')
    end = text.index('"""', start + 3)
    examples = doctest.DocTestParser().get_examples(text[start + 3:end])
    with open(out, 'w', encoding='utf-8') as f:
        json.dump([ex.source for ex in examples], f)


def compile_all(path):
    with open(path, encoding='utf-8') as f:
        sources = json.load(f)
    for src in sources:
        try:
            compile(src, '<doctest>', 'single')
            result = 'ok'
        except SyntaxError as e:
            result = f'{type(e).__name__}: {e.msg} {(e.lineno, e.offset, e.end_lineno, e.end_offset)}'
        except Exception as e:
            result = f'{type(e).__name__}: {e}'
        print(repr(src), '->', result)


if __name__ == '__main__':
    if sys.argv[1] == 'extract':
        extract(sys.argv[2], sys.argv[3])
    else:
        compile_all(sys.argv[2])
