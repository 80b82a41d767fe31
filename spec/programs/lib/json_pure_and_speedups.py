# json's two halves: with _json (the default) and with _json blocked (the pure-Python scanner,
# JSONObject/JSONArray and _make_iterencode), which must give the same results and errors.
import sys
import json


def with_fresh_json(block, run):
    # the fresh modules stay in sys.modules while run() uses them: _json's errors are the
    # json.decoder.JSONDecodeError found in sys.modules (CPython's C module does the same)
    names = [k for k in sys.modules if k == 'json' or k.startswith('json.') or k == '_json']
    saved = {k: sys.modules.pop(k) for k in names}
    if block:
        sys.modules['_json'] = None
    try:
        import json as j
        import json.decoder, json.scanner, json.encoder
        run(j)
    finally:
        for k in [k for k in sys.modules if k == 'json' or k.startswith('json.') or k == '_json']:
            del sys.modules[k]
        sys.modules.update(saved)


def run(j):
    print(j.decoder.scanstring.__module__, j.scanner.make_scanner.__module__,
          j.encoder.encode_basestring_ascii.__module__, j.encoder.c_make_encoder is None)
    doc = '{"a": [1, -2.5e1, null, true, false, "x\\u00e9\\ud834\\udd20"], "b": {"c": {}}, "d": []}'
    obj = j.loads(doc)
    print(obj)
    print(j.dumps(obj), j.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False))
    print(j.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
    print(j.loads('{"k": 1, "k": 2}', object_pairs_hook=list))
    for bad in ('[1, 2', '{"a" 1}', '{1: 2}', '"abc', '[1] x', '"\\x"', '', '[01]', '"\\u12"'):
        try:
            j.loads(bad)
        except j.JSONDecodeError as e:
            print(repr(bad), '->', e.msg, e.pos, e.lineno, e.colno)
    d = j.decoder.JSONDecoder()
    r = d.decode('[{"key": 1}, {"key": 2}]')
    print(r[0].keys() == r[1].keys(), d.memo)
    print(d.raw_decode('[1] tail'))
    for o in ([float('nan')], {(1, 2): 3}):
        try:
            j.dumps(o, allow_nan=False)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    a = []
    a.append(a)
    try:
        j.dumps(a)
    except ValueError as e:
        print(e)
    print(j.dumps({1: 1, 2.5: 2, True: 3, None: 4, (1,): 5}, skipkeys=True))
    print(j.dumps([1, 2, {"a": object()}], default=lambda o: 'OBJ'))


with_fresh_json(False, run)
with_fresh_json(True, run)
print(json.loads('[1]'), json.JSONDecodeError is json.decoder.JSONDecodeError)
