# importlib.util.cache_from_source / source_from_cache name PEP 3147 paths with
# sys.implementation.cache_tag (a str on pystm too, so test_reprlib's path-length check runs).
import importlib.util
import sys

tag = sys.implementation.cache_tag
print(type(tag).__name__, bool(tag))
for args, kw in [(('/a/b/x.py',), {}), (('x.py',), {}), (('/a/b/x.py',), {'optimization': 2}),
                 (('/a/b/x.py', True), {}), (('/a/b/x.py', False), {}),
                 (('/a/b/x.py',), {'optimization': 'a-b'}), (('/a/b/x.py', True), {'optimization': 1})]:
    try:
        print(importlib.util.cache_from_source(*args, **kw).replace(tag, 'TAG'))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for p in ['/a/__pycache__/x.TAG.pyc', '/a/__pycache__/x.TAG.opt-2.pyc', '/a/x.TAG.pyc',
          '/a/__pycache__/x.pyc', '/a/__pycache__/x.TAG.o-2.pyc', '/a/__pycache__/x.TAG.opt-?.pyc']:
    try:
        print(importlib.util.source_from_cache(p))
    except ValueError as e:
        print('ValueError', e)
print(importlib.util.source_from_cache(importlib.util.cache_from_source('/q/mod.py')))
