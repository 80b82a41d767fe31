# json — JSON encoding and decoding for pystm (dumps/dump/loads/load), written from the
# documented behaviour of CPython's json module (not copied from CPython). The work is done by
# json.encoder.JSONEncoder and json.decoder.JSONDecoder; this module only wires keyword arguments
# to them (a cls= subclass receives the same keywords plus any extra ones), decodes bytes input
# (UTF-8/16/32 detected as RFC 4627 describes) and rejects a str that starts with a BOM.

"""JSON (JavaScript Object Notation, RFC 7159) encoding and decoding.

dumps() turns Python objects into JSON text and loads() turns JSON text back into Python
objects; dump() and load() do the same with a file:

    >>> import json
    >>> json.dumps({"name": "pystm", "tags": ["stm", "vm"], "ok": True, "n": None})
    '{"name": "pystm", "tags": ["stm", "vm"], "ok": true, "n": null}'
    >>> json.loads('[1, 2.5, "x", {"a": false}]')
    [1, 2.5, 'x', {'a': False}]

Keys can be sorted and the output indented:

    >>> print(json.dumps({"b": [1, 2], "a": 0}, sort_keys=True, indent=2))
    {
      "a": 0,
      "b": [
        1,
        2
      ]
    }

Compact output with separators, and non-ASCII text kept or escaped:

    >>> json.dumps([1, {"k": "v"}], separators=(",", ":"))
    '[1,{"k":"v"}]'
    >>> print(json.dumps("caf\\u00e9"), json.dumps("caf\\u00e9", ensure_ascii=False))
    "caf\\u00e9" "caf\u00e9"

Objects JSON has no form for can be given one with default=, and JSON objects can be decoded
into something else than dicts with object_hook= or object_pairs_hook=:

    >>> json.dumps({1, 2, 3}, default=sorted)
    '[1, 2, 3]'
    >>> json.loads('{"x": 1, "y": 2}', object_pairs_hook=list)
    [('x', 1), ('y', 2)]
    >>> json.loads('[1, 2.50]', parse_float=str)
    [1, '2.50']

Malformed input raises JSONDecodeError (a ValueError) with the position:

    >>> try:
    ...     json.loads('[1, 2')
    ... except json.JSONDecodeError as e:
    ...     print(e.msg, e.pos)
    Expecting ',' delimiter 5
"""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
                    default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with .write())."""
    if _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
                       default, sort_keys, kw):
        enc = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if _plain_encoding(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
                       default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of JSON bytes: a BOM, else the pattern of NUL bytes in the first four."""
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith(b'\xff\xfe\x00\x00') or b.startswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if b.startswith(b'\xff\xfe') or b.startswith(b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (an object with .read() returning a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % (s.__class__.__name__,))
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
