"""importlib.util for pystm: the path helpers of CPython's importlib.util that stdlib modules
use without importing code through them (zipfile's PyZipFile calls cache_from_source):
cache_from_source, source_from_cache, decode_source. pystm has no specs, finders or loaders to
offer (find_spec and module_from_spec are absent). Written for pystm.
"""

import sys

__all__ = ['cache_from_source', 'source_from_cache', 'decode_source']

_PYCACHE = '__pycache__'


def _tag():
    tag = getattr(sys.implementation, 'cache_tag', None)
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return tag


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc file for the source file `path`."""
    import os
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    almost = ''.join([(base if base else rest), '.', _tag()])
    if optimization is None:
        optimization = sys.flags.optimize
    if optimization == 0:
        optimization = ''
    if optimization != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    return os.path.join(head, _PYCACHE, almost + '.pyc')


def source_from_cache(path):
    """The source path of the .pyc file `path` (PEP 3147/488 layout)."""
    import os
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        opt_level = optimization[len('opt-'):]
        if not opt_level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')


def decode_source(source_bytes):
    """Decodes bytes of source code with universal newlines, honouring a coding cookie."""
    import io
    import tokenize
    newline_decoder = io.IncrementalNewlineDecoder(None, True)
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)
    return newline_decoder.decode(source_bytes.decode(encoding[0]))
